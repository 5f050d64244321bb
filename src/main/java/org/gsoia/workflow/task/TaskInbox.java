package org.gsoia.workflow.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox of every task-performing user, for every procedure. Reads come from the read model (indexed, sorted and
 * paged in the database); actions go to the engine, which updates the read model through the task listener.
 * Need-to-know is enforced here: a user sees and acts only on tasks assigned to them or offered to one of their groups,
 * whatever id a crafted request carries.
 */
@Service
@EnableConfigurationProperties(InboxSettings.class)
public class TaskInbox {

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final UserDirectory users;
    private final EngineAsUser engine;
    private final AuditLog auditLog;
    private final InboxSettings settings;
    private final InboxReadModel readModel;
    private final Map<String, InboxCaseSource> sources;
    private final TransactionTemplate eachInItsOwnTransaction;
    private final Clock clock;

    TaskInbox(NamedParameterJdbcTemplate jdbc, TaskService taskService, IdentityService identityService,
              UserDirectory users, EngineAsUser engine, AuditLog auditLog, InboxSettings settings,
              InboxReadModel readModel, List<InboxCaseSource> sources, PlatformTransactionManager transactionManager,
              Clock clock) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.identityService = identityService;
        this.users = users;
        this.engine = engine;
        this.auditLog = auditLog;
        this.settings = settings;
        this.readModel = readModel;
        this.sources = sources.stream().collect(Collectors.toMap(source -> source.procedure().processKey(),
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.eachInItsOwnTransaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** Counts beyond this are shown as "more than"; an exact count of a huge inbox would cost more than the page. */
    public static final int COUNT_LIMIT = 1000;

    /**
     * One page of the user's inbox, sorted on the server. "Mine and my groups'" is the union of two queries that each
     * walk an index in the sort order and stop after the page (an OR of both conditions would make the database read
     * every visible row first).
     */
    @Transactional(readOnly = true)
    public List<InboxRow> page(String userId, InboxFilter filter, InboxSort sort, boolean ascending, int offset,
                               int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        int safeOffset = Math.max(0, offset);
        int safeLimit = Math.max(1, Math.min(limit, 500));
        params.addValue("offset", safeOffset).addValue("limit", safeLimit).addValue("top", safeOffset + safeLimit);
        String conditions = filterConditions(filter, params);
        String order = orderBy(sort, ascending, "t");
        List<String> branches = visibilityBranches(userId, filter.scope(), params);
        if (branches.size() == 1) {
            return jdbc.query("select t.* from task_inbox t where " + branches.get(0) + conditions + order
                    + " offset :offset rows fetch next :limit rows only", params, ROW);
        }
        String union = branches.stream().map(visible -> "(select t.* from task_inbox t where " + visible + conditions
                + order + " fetch first :top rows only)").collect(Collectors.joining(" union "));
        return jdbc.query("select t.* from (" + union + ") t" + order + " offset :offset rows fetch next :limit rows only",
                params, ROW);
    }

    /** The number of tasks the filter shows, counted up to {@link #COUNT_LIMIT} + 1. */
    @Transactional(readOnly = true)
    public int count(String userId, InboxFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("cap", COUNT_LIMIT + 1);
        String conditions = filterConditions(filter, params);
        String union = visibilityBranches(userId, filter.scope(), params).stream()
                .map(visible -> "(select t.task_id from task_inbox t where " + visible + conditions
                        + " fetch first :cap rows only)").collect(Collectors.joining(" union "));
        Integer count = jdbc.queryForObject("select count(*) from (" + union + ") t", params, Integer.class);
        return Math.min(count == null ? 0 : count, COUNT_LIMIT + 1);
    }

    /** One open task, if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<InboxRow> find(String userId, String taskId) {
        MapSqlParameterSource params = new MapSqlParameterSource("taskId", taskId);
        String visible = String.join(" or ", visibilityBranches(userId, InboxScope.ALL, params));
        return jdbc.query("select t.* from task_inbox t where t.task_id = :taskId and (" + visible + ")", params, ROW)
                .stream().findFirst();
    }

    /**
     * One open task, if the user may see it, with its row locked until the transaction ends: two users acting on the
     * same task at the same moment queue up instead of racing inside the engine, and the second one then finds it
     * gone. Two statements on purpose: after waiting for a lock, PostgreSQL checks the locked row again but judges
     * the candidate groups by the snapshot the statement began with, so one locking query could keep a group that a
     * concurrent hand-over just removed; the visibility query after the lock sees what that change committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<InboxRow> lockVisible(String userId, String taskId) {
        MapSqlParameterSource id = new MapSqlParameterSource("taskId", taskId);
        boolean open = !jdbc.queryForList("select task_id from task_inbox where task_id = :taskId for update", id,
                String.class).isEmpty();
        return open ? find(userId, taskId) : Optional.empty();
    }

    /** The open tasks of one case that the user may see, most urgent first; one indexed query. */
    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String userId, String reference) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("reference", reference.toUpperCase(Locale.ROOT));
        String visible = String.join(" or ", visibilityBranches(userId, InboxScope.ALL, params));
        return jdbc.query("select t.* from task_inbox t where t.case_reference = :reference and (" + visible
                + ") order by t.due_at nulls last, t.task_id", params, ROW);
    }

    /**
     * A cheap fingerprint of the read model; an open inbox compares it on each poll and reloads only when it
     * changed, so that idle inboxes cost one indexed query each.
     */
    @Transactional(readOnly = true)
    public String changeStamp() {
        return jdbc.getJdbcTemplate().queryForObject("select count(*), max(changed_at) from task_inbox",
                (rs, i) -> rs.getLong(1) + "/" + rs.getTimestamp(2));
    }

    /** The due state of a row at this moment (overdue, at risk, on time). */
    public DueState dueState(InboxRow row) {
        if (row.due() == null) {
            return DueState.ON_TIME;
        }
        Instant now = clock.instant();
        if (row.due().isBefore(now)) {
            return DueState.OVERDUE;
        }
        return row.due().isBefore(now.plus(settings.atRisk())) ? DueState.AT_RISK : DueState.ON_TIME;
    }

    /** The procedures the inbox knows, as process key → translation key of the name. */
    public Map<String, String> procedures() {
        return sources.values().stream().map(InboxCaseSource::procedure).collect(Collectors.toMap(
                Procedure::processKey, Procedure::nameKey, (a, b) -> a, LinkedHashMap::new));
    }

    public String procedureNameKey(String procedureKey) {
        return procedure(procedureKey).map(Procedure::nameKey).orElse("inbox.procedure.unknown");
    }

    public String taskNameKey(InboxRow row) {
        return procedure(row.procedureKey()).map(p -> p.taskLabelKey(row.taskKey())).orElse("inbox.task.unknown");
    }

    /** Where the user works on the task: the procedure's page of the case, with its task forms. */
    public String taskRoute(InboxRow row) {
        return procedure(row.procedureKey()).map(p -> p.page(row.reference()))
                .orElseThrow(() -> new TaskActionRefusedException(TaskActionRefusedException.Reason.GONE, row.taskId()));
    }

    private Optional<Procedure> procedure(String processKey) {
        return Optional.ofNullable(sources.get(processKey)).map(InboxCaseSource::procedure);
    }

    public InboxSettings settings() {
        return settings;
    }

    /** The visibility condition of the scope, split into branches whose union is what the user may see. */
    private List<String> visibilityBranches(String userId, InboxScope scope, MapSqlParameterSource params) {
        List<String> groups = users.groupsOf(userId);
        params.addValue("user", userId).addValue("groups", groups);
        // an empty IN list is not valid SQL: a user in no group is offered nothing
        String offeredToMyGroups = groups.isEmpty() ? "1 = 0" : "exists (select 1 from task_inbox_group g"
                + " where g.task_id = t.task_id and g.group_id in (:groups))";
        return switch (scope) {
            case MINE -> List.of("t.assignee = :user");
            case GROUPS -> List.of("t.assignee is null and " + offeredToMyGroups);
            case ALL -> List.of(offeredToMyGroups, "t.assignee = :user");
        };
    }

    private static String orderBy(InboxSort sort, boolean ascending, String alias) {
        // an empty value counts as the largest (a task without due date is the least urgent), so ascending puts
        // it last and descending first, which is also the order a B-tree index walks in either direction
        String direction = ascending ? " asc nulls last" : " desc nulls first";
        return " order by " + sort.column.replace("t.", alias + ".") + direction + ", " + alias + ".task_id"
                + (ascending ? " asc" : " desc");
    }

    /** The filter's conditions, each starting with " and ". */
    private String filterConditions(InboxFilter filter, MapSqlParameterSource params) {
        StringBuilder conditions = new StringBuilder();
        if (filter.procedureKey() != null) {
            conditions.append(" and t.procedure_key = :procedure");
            params.addValue("procedure", filter.procedureKey());
        }
        if (filter.partyCode() != null) {
            conditions.append(" and t.party_code = :party");
            params.addValue("party", filter.partyCode());
        }
        Instant now = clock.instant();
        params.addValue("now", Timestamp.from(now)).addValue("riskEnd", Timestamp.from(now.plus(settings.atRisk())));
        switch (filter.dueState()) {
            case OVERDUE -> conditions.append(" and t.due_at < :now");
            case AT_RISK -> conditions.append(" and t.due_at >= :now and t.due_at < :riskEnd");
            case ON_TIME -> conditions.append(" and (t.due_at is null or t.due_at >= :riskEnd)");
            case ANY -> {
                // no condition
            }
        }
        if (ControlCharacters.inLine(filter.referenceText())) {
            // no reference holds one, and PostgreSQL fails on a NUL: such a text matches nothing, unasked
            conditions.append(" and 1 = 0");
        } else if (filter.referenceText() != null) {
            conditions.append(" and t.case_reference like :text escape '\\'");
            params.addValue("text", "%" + filter.referenceText().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return conditions.toString();
    }

    /**
     * A case's business data changed (an amendment, a moved deadline): its open tasks show the new facts. Task
     * changes themselves reach the inbox through the task listener.
     */
    @EventListener
    @Transactional
    public void caseChanged(CaseChanged change) {
        readModel.refreshCase(change.reference());
    }

    // ---- acting -------------------------------------------------------------------------------------------------

    @Transactional
    public void claim(String userId, String taskId) {
        InboxRow row = visible(userId, taskId);
        if (userId.equals(row.assignee())) {
            return;
        }
        if (row.assignee() != null) {
            throw new TaskActionRefusedException(TaskActionRefusedException.Reason.CLAIMED_BY_OTHER, taskId);
        }
        engine.run(userId, taskId, () -> taskService.claim(taskId, userId));
        auditLog.record(userId, "TASK_CLAIMED", row.reference(), row.taskKey());
    }

    @Transactional
    public void unclaim(String userId, String taskId) {
        InboxRow row = visible(userId, taskId);
        if (!userId.equals(row.assignee())) {
            throw new TaskActionRefusedException(TaskActionRefusedException.Reason.NOT_YOURS, taskId);
        }
        // the owner (who handed the task over) stays recorded; the engine cannot clear an owner anyway
        engine.run(userId, taskId, () -> taskService.setAssignee(taskId, null));
        auditLog.record(userId, "TASK_UNCLAIMED", row.reference(), row.taskKey());
    }

    /**
     * Hands a task to a colleague who may work on it (a member of one of its candidate groups). The user may hand
     * over an unassigned task or one of their own; they stay recorded as its owner, so the hand-over is visible.
     */
    @Transactional
    public void assign(String userId, String taskId, String colleagueId) {
        InboxRow row = visible(userId, taskId);
        if (row.assignee() != null && !row.assignee().equals(userId)) {
            throw new TaskActionRefusedException(TaskActionRefusedException.Reason.NOT_YOURS, taskId);
        }
        if (colleagueId == null || colleagues(List.of(taskId)).stream().noneMatch(c -> c.userId().equals(colleagueId))) {
            throw new TaskActionRefusedException(TaskActionRefusedException.Reason.NOT_A_COLLEAGUE, taskId);
        }
        if (colleagueId.equals(userId)) {
            claim(userId, taskId);
            return;
        }
        engine.run(userId, taskId, () -> {
            taskService.setOwner(taskId, userId);
            taskService.setAssignee(taskId, colleagueId);
        });
        auditLog.record(userId, "TASK_ASSIGNED", row.reference(), row.taskKey() + " → " + colleagueId);
    }

    /** Claims each task on its own; tasks others took meanwhile are reported, the rest stay claimed. */
    public BulkResult claimAll(String userId, Collection<String> taskIds) {
        return each(taskIds, taskId -> claim(userId, taskId));
    }

    public BulkResult assignAll(String userId, Collection<String> taskIds, String colleagueId) {
        return each(taskIds, taskId -> assign(userId, taskId, colleagueId));
    }

    /**
     * The people every one of the given tasks can be handed to: members of a candidate group of each task, i.e.
     * colleagues of the same authority or organisation.
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> groupsByTask = new LinkedHashMap<>();
        jdbc.query("select task_id, group_id from task_inbox_group where task_id in (:ids)",
                new MapSqlParameterSource("ids", taskIds), rs -> {
                    groupsByTask.computeIfAbsent(rs.getString(1), id -> new java.util.HashSet<>()).add(rs.getString(2));
                });
        if (groupsByTask.size() < Set.copyOf(taskIds).size()) {
            return List.of(); // a task without candidate groups can only be worked on by its assignee
        }
        Map<String, User> common = null;
        for (Set<String> groups : groupsByTask.values()) {
            Map<String, User> members = new LinkedHashMap<>();
            for (String group : groups) {
                identityService.createUserQuery().memberOfGroup(group).list().forEach(u -> members.put(u.getId(), u));
            }
            if (common == null) {
                common = members;
            } else {
                common.keySet().retainAll(members.keySet());
            }
        }
        return common.values().stream()
                .map(u -> new Colleague(u.getId(), UserAccount.displayName(u.getFirstName(), u.getLastName())))
                .sorted(Comparator.comparing(Colleague::displayName).thenComparing(Colleague::userId))
                .toList();
    }

    private BulkResult each(Collection<String> taskIds, java.util.function.Consumer<String> action) {
        int done = 0;
        List<TaskActionRefusedException> refused = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                eachInItsOwnTransaction.executeWithoutResult(status -> action.accept(taskId));
                done++;
            } catch (TaskActionRefusedException refusal) {
                refused.add(refusal);
            }
        }
        return new BulkResult(done, refused);
    }

    private InboxRow visible(String userId, String taskId) {
        return lockVisible(userId, taskId)
                .orElseThrow(() -> new TaskActionRefusedException(TaskActionRefusedException.Reason.GONE, taskId));
    }

    private static final RowMapper<InboxRow> ROW = (ResultSet rs, int i) -> new InboxRow(
            rs.getString("task_id"), rs.getString("case_reference"), rs.getString("procedure_key"),
            rs.getString("task_key"), rs.getString("organisation_id"), rs.getString("party_code"),
            rs.getString("agreement_id"), rs.getString("level_id"), rs.getString("level_party"), instant(rs, "due_at"),
            rs.getString("assignee"), rs.getString("owner"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

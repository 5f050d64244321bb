package org.gsoia.workflow.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the inbox's read model: one row per open user task with the case's business data, and the task's candidate
 * groups. Called by the task listener inside the engine's transaction, so the inbox never shows a task the engine has
 * already completed, nor misses one it created.
 */
@Component
class InboxReadModel {

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, InboxCaseSource> sources;
    private final Clock clock;

    InboxReadModel(NamedParameterJdbcTemplate jdbc, List<InboxCaseSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources.stream().collect(Collectors.toMap(source -> source.procedure().processKey(),
                Function.identity()));
        this.clock = clock;
    }

    /** A task as the engine knows it, reduced to what the read model needs. */
    record EngineTask(String taskId, String processInstanceId, String procedureKey, String taskKey, String reference,
                      String assignee, String owner, Collection<String> candidateGroups) {
    }

    /**
     * A task the engine has just created, or one a rebuild writes into the emptied read model: its row and groups are
     * inserted (no row of it exists).
     */
    void add(EngineTask task) {
        jdbc.update("""
                insert into task_inbox (task_id, process_instance_id, procedure_key, task_key, case_reference,
                  organisation_id, party_code, agreement_id, level_id, level_party, level_rank, due_at, assignee,
                  owner, changed_at)
                values (:taskId, :processInstanceId, :procedureKey, :taskKey, :reference, :organisationId,
                  :partyCode, :agreementId, :levelId, :levelParty, :levelRank, :due, :assignee, :owner, :changed)""",
                row(task));
        insertGroups(task.taskId(), task.candidateGroups());
    }

    /** The task's row: the task, and its case's facts as the procedure tells them. */
    private MapSqlParameterSource row(EngineTask task) {
        InboxCaseFacts facts = Optional.ofNullable(sources.get(task.procedureKey()))
                .flatMap(source -> source.factsOf(task.reference(), task.taskKey()))
                .orElse(new InboxCaseFacts(null, null, null, null, null, null, null));
        return new MapSqlParameterSource()
                .addValue("taskId", task.taskId())
                .addValue("processInstanceId", task.processInstanceId())
                .addValue("procedureKey", task.procedureKey())
                .addValue("taskKey", task.taskKey())
                .addValue("reference", task.reference().toUpperCase(Locale.ROOT))
                .addValue("organisationId", facts.organisationId())
                .addValue("partyCode", facts.partyCode())
                .addValue("agreementId", facts.agreementId())
                .addValue("levelId", facts.levelId())
                .addValue("levelParty", facts.levelParty())
                .addValue("levelRank", facts.levelRank())
                .addValue("due", timestamp(facts.due()))
                .addValue("assignee", task.assignee())
                .addValue("owner", task.owner())
                .addValue("changed", timestamp(clock.instant()));
    }

    /**
     * Writes the task's candidate groups where they differ from the rows there: a claim or hand-over leaves them as
     * they are, and then costs one read instead of deleting and inserting them again.
     */
    private void updateGroups(EngineTask task) {
        MapSqlParameterSource id = new MapSqlParameterSource("taskId", task.taskId());
        Set<String> stored = new HashSet<>(jdbc.queryForList(
                "select group_id from task_inbox_group where task_id = :taskId", id, String.class));
        Set<String> wanted = new HashSet<>(task.candidateGroups());
        if (stored.equals(wanted)) {
            return;
        }
        jdbc.update("delete from task_inbox_group where task_id = :taskId", id);
        insertGroups(task.taskId(), wanted);
    }

    private void insertGroups(String taskId, Collection<String> candidateGroups) {
        MapSqlParameterSource[] groups = candidateGroups.stream().distinct()
                .map(group -> new MapSqlParameterSource("taskId", taskId).addValue("groupId", group))
                .toArray(MapSqlParameterSource[]::new);
        if (groups.length > 0) {
            jdbc.batchUpdate("insert into task_inbox_group (group_id, task_id) values (:groupId, :taskId)", groups);
        }
    }

    /** The task itself changed (assignee, owner, candidate groups); the case's facts stay as they are. */
    void updateTask(EngineTask task) {
        int updated = jdbc.update("update task_inbox set assignee = :assignee, owner = :owner, changed_at = :changed"
                        + " where task_id = :taskId", new MapSqlParameterSource("taskId", task.taskId())
                        .addValue("assignee", task.assignee()).addValue("owner", task.owner())
                        .addValue("changed", timestamp(clock.instant())));
        if (updated > 0) {
            updateGroups(task);
        }
        // no row: the task was completed by a concurrent transaction (this one will fail on the engine's optimistic
        // lock), or its create event is still to come and will write the whole row
    }

    void remove(String taskId) {
        // the task's groups go with it (foreign key on delete cascade, changelog 030-task-inbox)
        jdbc.update("delete from task_inbox where task_id = :taskId", new MapSqlParameterSource("taskId", taskId));
    }

    /** The case's business data changed (amendment, new deadline): refresh the facts of its open tasks. */
    void refreshCase(String reference) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select task_id, procedure_key, task_key from task_inbox where case_reference = :reference",
                new MapSqlParameterSource("reference", reference.toUpperCase(Locale.ROOT)));
        for (Map<String, Object> row : rows) {
            InboxCaseSource source = sources.get((String) row.get("procedure_key"));
            if (source == null) {
                continue;
            }
            InboxCaseFacts facts = source.factsOf(reference, (String) row.get("task_key"))
                    .orElse(new InboxCaseFacts(null, null, null, null, null, null, null));
            jdbc.update("""
                    update task_inbox set organisation_id = :organisationId, party_code = :partyCode,
                      agreement_id = :agreementId, level_id = :levelId, level_party = :levelParty, level_rank = :levelRank, due_at = :due,
                      changed_at = :changed
                    where task_id = :taskId""", new MapSqlParameterSource("taskId", row.get("task_id"))
                    .addValue("organisationId", facts.organisationId()).addValue("partyCode", facts.partyCode())
                    .addValue("agreementId", facts.agreementId()).addValue("levelId", facts.levelId())
                    .addValue("levelParty", facts.levelParty()).addValue("levelRank", facts.levelRank()).addValue("due", timestamp(facts.due()))
                    .addValue("changed", timestamp(clock.instant())));
        }
    }

    long size() {
        Long count = jdbc.getJdbcTemplate().queryForObject("select count(*) from task_inbox", Long.class);
        return count == null ? 0 : count;
    }

    void clear() {
        jdbc.getJdbcTemplate().update("delete from task_inbox_group");
        jdbc.getJdbcTemplate().update("delete from task_inbox");
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

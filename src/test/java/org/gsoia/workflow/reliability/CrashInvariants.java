package org.gsoia.workflow.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gsoia.workflow.audit.AuditChainVerification;
import org.gsoia.workflow.metrics.CaseFacts;
import org.gsoia.workflow.task.InboxRebuildAccess;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invariants of issue 15 item 2, checked on the database after a crash: every acknowledged request and step is
 * there, every case has its process and every process its case, the inbox and the dashboard's facts equal what their
 * rebuild writes, no decision was recorded twice, no timer is missing and due timers fire, and the audit trail's hash
 * chain verifies. Each check prints one
 * {@code PASS}/{@code FAIL} line with its counts; {@link #failures()} counts the failed ones.
 *
 * <p>{@link #afterCrash} runs on the bare database before the product starts (so the product's start-up repair of its
 * read models cannot hide a crash's damage); {@link #afterRestart} runs on the started product with no load.
 */
final class CrashInvariants {

    /** Case tables and the process each of their rows runs in. */
    private static final Map<String, String> CASE_PROCESSES = Map.of(
            "visit_request", "visit-request",
            "breach_transmission", "transmission-receipt",
            "breach_case", "breach-notification");

    private final JdbcTemplate jdbc;
    private final List<Journal.Entry> journal;
    private final String phase;
    private int failures;

    CrashInvariants(JdbcTemplate jdbc, Path journal, String phase) throws IOException {
        this.jdbc = jdbc;
        this.journal = Journal.read(journal);
        this.phase = phase;
    }

    int failures() {
        return failures;
    }

    /** On the database the killed JVM left, before anything starts on it. */
    CrashInvariants afterCrash() {
        acknowledgedCasesExist();
        acknowledgedStepsRecorded();
        everyCaseHasItsProcess();
        noDecisionTwice();
        inboxMatchesEngineTasks();
        factsCoverHistory();
        everyWaitingTimerHasItsJob();
        return this;
    }

    /** On the restarted product, load not yet started: the checks above, due timers fired, read models as rebuilt. */
    CrashInvariants afterRestart(ApplicationContext context, Instant restartedAt, long graceSeconds)
            throws InterruptedException {
        dueTimersFire(restartedAt, graceSeconds);
        afterCrash();
        readModelsEqualRebuild(context);
        auditChainIntact(context);
        return this;
    }

    /** The audit trail's hash chain verifies (as an administrator must check after restoring a backup). */
    private void auditChainIntact(ApplicationContext context) {
        AuditChainVerification.Result result = context.getBean(AuditChainVerification.class).verify();
        report("audit chain intact", result.intact(), result.eventsChecked() + " events checked"
                + (result.intact() ? "" : ", broken at " + result.firstBrokenSeq() + ": " + result.problem()));
    }

    private void acknowledgedCasesExist() {
        Map<String, String> tableOfKind = Map.of("SUBMITTED", "visit_request", "DISPATCHED", "breach_transmission",
                "REPORTED", "breach_case");
        int acknowledged = 0;
        List<String> missing = new ArrayList<>();
        for (Journal.Entry entry : journal) {
            String table = tableOfKind.get(entry.kind());
            if (table == null) {
                continue;
            }
            acknowledged++;
            Integer rows = jdbc.queryForObject("select count(*) from " + table + " where reference = ?", Integer.class,
                    entry.reference());
            Integer processes = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?"
                    + " and PROC_DEF_KEY_ = ?", Integer.class, entry.reference(), CASE_PROCESSES.get(table));
            if (rows != 1 || processes != 1) {
                missing.add(entry.reference() + " (rows " + rows + ", processes " + processes + ")");
            }
        }
        report("acknowledged cases exist with one process each", missing.isEmpty(),
                acknowledged + " acknowledged, missing " + missing.size() + sample(missing));
    }

    private void acknowledgedStepsRecorded() {
        Map<String, String> taskOfKind = Map.of("CERTIFIED", "certifyClearances", "ACKNOWLEDGED", "acknowledgeNotice");
        Set<String> loadCases = journal.stream().filter(e -> e.kind().equals("SUBMITTED"))
                .map(Journal.Entry::reference).collect(Collectors.toSet());
        int steps = 0;
        List<String> missing = new ArrayList<>();
        for (Journal.Entry entry : journal) {
            if (entry.kind().equals("DECIDED")) {
                steps++;
                List<Map<String, Object>> decision = jdbc.queryForList("select decision, decided_by from visit_request"
                        + " where reference = ?", entry.reference());
                if (decision.size() != 1 || !entry.details().get(0).equals(decision.get(0).get("decision"))
                        || !entry.details().get(1).equals(decision.get(0).get("decided_by"))) {
                    missing.add(entry.reference() + " decision " + entry.details() + " found " + decision);
                }
            } else if (taskOfKind.containsKey(entry.kind())) {
                steps++;
                Integer completed = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p"
                                + " on p.ID_ = t.PROC_INST_ID_ where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = ?"
                                + " and t.DELETE_REASON_ = 'completed'", Integer.class, entry.reference(),
                        taskOfKind.get(entry.kind()));
                // a demo case the load worked on may have been through the step before (an amendment, say)
                if (completed < 1 || completed > 1 && loadCases.contains(entry.reference())) {
                    missing.add(entry.reference() + " " + entry.kind() + " completed " + completed + " times");
                }
            }
        }
        report("acknowledged steps recorded once", missing.isEmpty(),
                steps + " acknowledged steps, missing or repeated " + missing.size() + sample(missing));
    }

    private void everyCaseHasItsProcess() {
        List<String> broken = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, String> table : CASE_PROCESSES.entrySet()) {
            cases += jdbc.queryForObject("select count(*) from " + table.getKey(), Integer.class);
            broken.addAll(jdbc.queryForList("select c.reference from " + table.getKey() + " c where (select count(*)"
                    + " from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = c.reference and p.PROC_DEF_KEY_ = ?) <> 1",
                    String.class, table.getValue()).stream().map(r -> r + " without one process").toList());
            broken.addAll(jdbc.queryForList("select p.BUSINESS_KEY_ from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = ?"
                    + " and not exists (select 1 from " + table.getKey() + " c where c.reference = p.BUSINESS_KEY_)",
                    String.class, table.getValue()).stream().map(r -> table.getValue() + " " + r + " without case")
                    .toList());
        }
        Integer runningWithoutHistory = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e where"
                + " e.PARENT_ID_ is null and not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = e.ID_)",
                Integer.class);
        if (runningWithoutHistory > 0) {
            broken.add(runningWithoutHistory + " running instances without history");
        }
        report("every case has one process, every process its case", broken.isEmpty(),
                cases + " cases, broken " + broken.size() + sample(broken));
    }

    private void noDecisionTwice() {
        Set<String> journalled = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Journal.Entry entry : journal) {
            if (entry.kind().equals("DECIDED") && !journalled.add(entry.reference())) {
                twice.add(entry.reference() + " acknowledged twice");
            }
        }
        Set<String> loadCases = journal.stream().filter(e -> e.kind().equals("SUBMITTED")).map(Journal.Entry::reference)
                .collect(Collectors.toSet());
        Map<String, Integer> audited = new HashMap<>();
        jdbc.query("select subject, count(*) from audit_event where action = 'VISIT_DECIDED' group by subject",
                rs -> {
                    audited.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Integer> reviews = new HashMap<>();
        jdbc.query("select p.BUSINESS_KEY_, count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.ID_ ="
                + " t.PROC_INST_ID_ where t.TASK_DEF_KEY_ = 'reviewRequest' and t.DELETE_REASON_ = 'completed'"
                + " group by p.BUSINESS_KEY_", rs -> {
                    reviews.put(rs.getString(1), rs.getInt(2));
                });
        Integer decidedRows = jdbc.queryForObject("select count(*) from visit_request where decision is not null",
                Integer.class);
        for (String reference : loadCases) {
            // the load decides each request once; the demo's cases may have been reviewed again after a question
            if (audited.getOrDefault(reference, 0) > 1) {
                twice.add(reference + " audited " + audited.get(reference) + " times");
            }
            if (reviews.getOrDefault(reference, 0) > 1) {
                twice.add(reference + " review completed " + reviews.get(reference) + " times");
            }
            if (audited.getOrDefault(reference, 0) != reviews.getOrDefault(reference, 0)) {
                twice.add(reference + " audited " + audited.getOrDefault(reference, 0) + ", reviews completed "
                        + reviews.getOrDefault(reference, 0));
            }
        }
        report("no decision recorded twice", twice.isEmpty(), journalled.size() + " acknowledged decisions, "
                + decidedRows + " requests decided, violations " + twice.size() + sample(twice));
    }

    /** The inbox's columns that come from the engine, compared with the engine's open tasks of cases. */
    private void inboxMatchesEngineTasks() {
        Set<String> engine = rows("select t.ID_, t.PROC_INST_ID_, d.KEY_, t.TASK_DEF_KEY_, upper(p.BUSINESS_KEY_),"
                + " t.ASSIGNEE_, t.OWNER_ from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                + " join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where p.BUSINESS_KEY_ is not null");
        Set<String> inbox = rows("select task_id, process_instance_id, procedure_key, task_key, case_reference,"
                + " assignee, owner from task_inbox");
        Set<String> engineGroups = rows("select l.TASK_ID_, l.GROUP_ID_ from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t"
                + " on t.ID_ = l.TASK_ID_ join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_ where l.TYPE_ ="
                + " 'candidate' and l.GROUP_ID_ is not null and p.BUSINESS_KEY_ is not null");
        Set<String> inboxGroups = rows("select task_id, group_id from task_inbox_group");
        compare("inbox rows equal the engine's open tasks", engine, inbox);
        compare("inbox groups equal the tasks' candidate groups", engineGroups, inboxGroups);
    }

    /** The fact tables hold every case of the history with its end, and every completed step. */
    private void factsCoverHistory() {
        String tracked = "select distinct proc_key from metrics_case";
        Set<String> history = rows("select p.ID_, p.PROC_DEF_KEY_, p.BUSINESS_KEY_, p.END_TIME_ from ACT_HI_PROCINST p"
                + " where p.PROC_DEF_KEY_ in (" + tracked + ")");
        Set<String> facts = rows("select proc_inst_id, proc_key, case_key, ended_at from metrics_case");
        Set<String> steps = rows("select t.ID_, t.PROC_INST_ID_ from ACT_HI_TASKINST t join ACT_HI_PROCINST p"
                + " on p.ID_ = t.PROC_INST_ID_ where p.PROC_DEF_KEY_ in (" + tracked + ") and t.END_TIME_ is not null"
                + " and t.DELETE_REASON_ = 'completed' and t.TASK_DEF_KEY_ is not null and t.DURATION_ is not null");
        Set<String> factSteps = rows("select task_id, proc_inst_id from metrics_step");
        compare("dashboard cases equal the history", history, facts);
        compare("dashboard steps equal the completed tasks", steps, factSteps);
    }

    private void everyWaitingTimerHasItsJob() {
        List<String> lost = new ArrayList<>();
        lost.addAll(jdbc.queryForList("select t.PROC_INST_ID_ from ACT_RU_TASK t where t.TASK_DEF_KEY_ ="
                + " 'reviewRequest' and not exists (select 1 from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ ="
                + " j.JOB_DEF_ID_ where j.PROCESS_INSTANCE_ID_ = t.PROC_INST_ID_ and d.ACT_ID_ = 'decisionDue')"
                // the deadline of this review has passed already: its (non-interrupting) timer fired
                + " and not exists (select 1 from ACT_HI_ACTINST a where a.PROC_INST_ID_ = t.PROC_INST_ID_"
                + " and a.ACT_ID_ = 'decisionDue' and a.START_TIME_ >= t.CREATE_TIME_)",
                String.class).stream().map(p -> "review of " + p + " without its deadline timer").toList());
        lost.addAll(jdbc.queryForList("select e.ID_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ ="
                + " e.PROC_DEF_ID_ where e.PARENT_ID_ is null and d.KEY_ = 'transmission-receipt' and not exists"
                + " (select 1 from ACT_RU_JOB j where j.PROCESS_INSTANCE_ID_ = e.ID_)", String.class).stream()
                .map(p -> "transmission " + p + " without its receipt timer").toList());
        // an execution waiting at an intermediate timer event has that timer's job
        lost.addAll(jdbc.queryForList("select e.ID_ || ' at ' || e.ACT_ID_ from ACT_RU_EXECUTION e join ACT_RU_JOBDEF d"
                + " on d.PROC_DEF_ID_ = e.PROC_DEF_ID_ and d.ACT_ID_ = e.ACT_ID_ and d.JOB_TYPE_ ="
                + " 'timer-intermediate-transition' where e.IS_ACTIVE_ and not exists (select 1 from ACT_RU_JOB j"
                + " where j.EXECUTION_ID_ = e.ID_ and j.JOB_DEF_ID_ = d.ID_)", String.class));
        Integer timers = jdbc.queryForObject("select count(*) from ACT_RU_JOB where TYPE_ = 'timer'", Integer.class);
        Integer due = jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is null or DUEDATE_ <="
                + " current_timestamp", Integer.class);
        Integer locked = jdbc.queryForObject("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null",
                Integer.class);
        report("every waiting timer has its job", lost.isEmpty(), timers + " timer jobs (" + due + " jobs due, "
                + locked + " locked), lost " + lost.size() + sample(lost));
    }

    /**
     * Every job due before the restart runs after it: waits up to the grace period for them to leave ACT_RU_JOB
     * (jobs the killed JVM had locked wait for their lock to expire first), then names those still waiting.
     */
    private void dueTimersFire(Instant restartedAt, long graceSeconds) throws InterruptedException {
        Timestamp restart = Timestamp.from(restartedAt);
        String due = "from ACT_RU_JOB where (DUEDATE_ is null or DUEDATE_ <= ?) and RETRIES_ > 0"
                + " and SUSPENSION_STATE_ = 1";
        int atRestart = jdbc.queryForObject("select count(*) " + due, Integer.class, restart);
        int reported = 0;
        long started = System.nanoTime();
        int waiting = atRestart;
        while (waiting > 0 && System.nanoTime() - started < graceSeconds * 1_000_000_000L) {
            Thread.sleep(1000);
            waiting = jdbc.queryForObject("select count(*) " + due, Integer.class, restart);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Set<String> left = rows("select ID_, TYPE_, PROCESS_DEF_KEY_, DUEDATE_, LOCK_EXP_TIME_ " + due, restart);
        // the load's breach reports whose officer target passed before the restart: their timer fired
        for (Journal.Entry entry : journal) {
            if (entry.kind().equals("REPORTED")) {
                reported += jdbc.queryForObject("select count(*) from breach_case where reference = ? and"
                        + " officer_due_at <= ?", Integer.class, entry.reference(), restart);
                Integer fired = jdbc.queryForObject("select count(*) from breach_case c where c.reference = ? and"
                        + " (c.officer_due_at > ? or exists (select 1 from ACT_HI_ACTINST a join ACT_HI_PROCINST p on"
                        + " p.ID_ = a.PROC_INST_ID_ where p.BUSINESS_KEY_ = c.reference and a.ACT_ID_ ="
                        + " 'officerTargetMissed' and a.END_TIME_ is not null))", Integer.class, entry.reference(),
                        restart);
                if (fired == 0) {
                    left.add(entry.reference() + " officer target missed but not escalated");
                }
            }
        }
        Integer failed = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ = 0", Integer.class);
        report("due timers and jobs fire after the restart", left.isEmpty() && failed == 0, atRestart
                + " jobs due before the restart left when the product was ready (" + reported
                + " breach reports' officer targets passed before the restart), " + waiting + " still waiting after "
                + seconds + " s, " + failed + " failed (retries 0)" + sample(new ArrayList<>(left)));
    }

    /**
     * The live inbox and fact tables compared with what their own rebuild writes, in one repeatable-read transaction
     * that is rolled back (timers may still fire meanwhile: a conflict is retried).
     */
    private void readModelsEqualRebuild(ApplicationContext context) {
        TransactionTemplate snapshot = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        JdbcTemplate live = context.getBean(JdbcTemplate.class);
        String inboxRows = "select task_id, process_instance_id, procedure_key, task_key, case_reference,"
                + " organisation_id, party_code, agreement_id, level_id, level_party, level_rank, due_at, assignee,"
                + " owner from task_inbox";
        String inboxGroups = "select task_id, group_id from task_inbox_group";
        String factRows = "select proc_inst_id, proc_key, case_key, party_code, started_at, ended_at, due_date,"
                + " resolved_at, decided, outcome, escalated, late from metrics_case";
        String stepRows = "select task_id, proc_inst_id, proc_key, task_key, party_code, ended_at, duration_ms"
                + " from metrics_step";
        for (int attempt = 1; ; attempt++) {
            try {
                List<Set<String>> compared = snapshot.execute(status -> {
                    List<Set<String>> sets = new ArrayList<>();
                    for (String query : List.of(inboxRows, inboxGroups, factRows, stepRows)) {
                        sets.add(rows(live, query));
                    }
                    InboxRebuildAccess.rebuild(context);
                    context.getBean(CaseFacts.class).rebuild();
                    for (String query : List.of(inboxRows, inboxGroups, factRows, stepRows)) {
                        sets.add(rows(live, query));
                    }
                    status.setRollbackOnly();
                    return sets;
                });
                compare("inbox read model equals its rebuild", compared.get(4), compared.get(0));
                compare("inbox groups equal their rebuild", compared.get(5), compared.get(1));
                compare("dashboard case facts equal their rebuild", compared.get(6), compared.get(2));
                compare("dashboard step facts equal their rebuild", compared.get(7), compared.get(3));
                return;
            } catch (org.springframework.dao.ConcurrencyFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private void compare(String invariant, Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        report(invariant, missing.isEmpty() && extra.isEmpty(), expected.size() + " expected, " + missing.size()
                + " missing" + sample(new ArrayList<>(missing)) + ", " + extra.size() + " extra"
                + sample(new ArrayList<>(extra)));
    }

    private Set<String> rows(String sql, Object... arguments) {
        return rows(jdbc, sql, arguments);
    }

    private static Set<String> rows(JdbcTemplate jdbc, String sql, Object... arguments) {
        Set<String> rows = new HashSet<>();
        jdbc.query(sql, rs -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.append(i > 1 ? "|" : "").append(value instanceof Timestamp t ? t.toInstant() : value);
            }
            rows.add(row.toString());
        }, arguments);
        return rows;
    }

    private void report(String invariant, boolean holds, String detail) {
        if (!holds) {
            failures++;
        }
        System.out.printf(Locale.ROOT, "INVARIANT %s %s [%s]: %s%n", holds ? "PASS" : "FAIL", invariant, phase, detail);
    }

    private static String sample(List<String> items) {
        return items.isEmpty() ? "" : " e.g. " + items.subList(0, Math.min(3, items.size()));
    }
}

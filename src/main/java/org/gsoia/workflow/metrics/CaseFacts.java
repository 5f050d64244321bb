package org.gsoia.workflow.metrics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gsoia.workflow.procedure.CaseChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's fact tables: {@code metrics_case} (one row per case: procedure, business key, deciding party,
 * start, end, and the procedure's decision facts) and {@code metrics_step} (one row per completed user task, with its
 * case's party). The dashboard reads only these and the open tasks, so a party filter is a column, not a join of a
 * year's cases to each procedure's table.
 *
 * <p>Kept in step inside the transaction that changes a case: every history event of a tracked procedure marks its
 * process instance, and just before the transaction commits each marked case is read again from the engine's history
 * and the procedure's {@link ProcedureMetrics#caseFactsSql()} (pending JPA changes flushed first, so a decision saved
 * in the same transaction counts). A procedure that changes facts without any engine event (e.g. moving a due date)
 * publishes {@link CaseChanged}. {@link #rebuild()} fills the tables from scratch, at start-up when they are out of
 * step (see {@link CaseFactsRebuild}).
 */
@Service
public class CaseFacts {

    private static final Logger log = LoggerFactory.getLogger(CaseFacts.class);
    private static final String CASE_COLUMNS = "proc_inst_id, proc_key, case_key, party_code, started_at, ended_at, "
            + "due_date, resolved_at, decided, outcome, escalated, late";

    /** A case's row of {@code metrics_case}: {@code p} is its ACT_HI_PROCINST row, {@code f} its procedure's facts. */
    private static final String FACTS_COLUMNS = "p.ID_ as proc_inst_id, p.PROC_DEF_KEY_ as proc_key, "
            + "p.BUSINESS_KEY_ as case_key, f.party_code as party_code, p.START_TIME_ as started_at, "
            + "p.END_TIME_ as ended_at, f.due_date as due_date, cast(f.resolved_at as timestamp) as resolved_at, "
            + "coalesce(f.decided, 0) as decided, f.outcome as outcome, coalesce(f.escalated, 0) as escalated, "
            + "coalesce(f.late, 0) as late";

    /** A task {@code t} of ACT_HI_TASKINST that counts as a step taken. */
    private static final String COMPLETED_TASK = "t.END_TIME_ is not null and t.DELETE_REASON_ = 'completed' "
            + "and t.TASK_DEF_KEY_ is not null and t.DURATION_ is not null";

    /** Completed tasks of the fact table's cases, with their case's party (the caller adds conditions). */
    private static final String STEPS = "(task_id, proc_inst_id, proc_key, task_key, party_code, ended_at, duration_ms) "
            + "select t.ID_, t.PROC_INST_ID_, c.proc_key, t.TASK_DEF_KEY_, c.party_code, t.END_TIME_, t.DURATION_ "
            + "from ACT_HI_TASKINST t join metrics_case c on c.proc_inst_id = t.PROC_INST_ID_ where " + COMPLETED_TASK;

    private final MeteredProcedures procedures;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    public CaseFacts(MeteredProcedures procedures, NamedParameterJdbcTemplate jdbc,
                     PlatformTransactionManager transactionManager, ObjectProvider<EntityManagerFactory> entityManagers) {
        this.procedures = procedures;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManagers = entityManagers;
    }

    /** Whether the dashboard counts cases of this process (a procedure has contributed its facts). */
    public boolean tracks(String processDefinitionKey) {
        return procedures.find(processDefinitionKey).isPresent();
    }

    /** The engine changed a case's process instance: its facts are read again before the transaction commits. */
    public void processInstanceChanged(String processInstanceId, String processDefinitionKey) {
        pending(Map.of(processInstanceId, processDefinitionKey), Set.of());
    }

    /**
     * The procedure changed a case's facts (or back-dated its history) outside any engine event: its facts are read
     * again before the transaction commits, or at once when there is no transaction.
     */
    @EventListener
    public void caseChanged(CaseChanged change) {
        pending(Map.of(), Set.of(change.reference()));
    }

    /** @param processInstances process instance id → process definition key */
    private void pending(Map<String, String> processInstances, Set<String> caseKeys) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            transactions.executeWithoutResult(status -> refresh(processInstances, caseKeys));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.refreshed) {
            refresh(processInstances, caseKeys); // marked by work done while committing: still in the transaction
            return;
        }
        pending.processInstances.putAll(processInstances);
        pending.caseKeys.addAll(caseKeys);
    }

    /** The cases one transaction changed; refreshed once each, however many events they had. */
    private final class Pending implements TransactionSynchronization {

        final Map<String, String> processInstances = new HashMap<>();
        final Set<String> caseKeys = new LinkedHashSet<>();
        boolean refreshed;

        @Override
        public void beforeCommit(boolean readOnly) {
            flushPendingDomainChanges();
            refresh(processInstances, caseKeys);
            refreshed = true;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CaseFacts.this);
        }
    }

    private void flushPendingDomainChanges() {
        EntityManagerFactory factory = entityManagers.getIfAvailable();
        EntityManager entityManager = factory == null ? null
                : EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
        if (entityManager != null) {
            entityManager.flush();
        }
    }

    private void refresh(Map<String, String> processInstances, Set<String> caseKeys) {
        // always in the same order, so that two transactions refreshing the same cases cannot deadlock
        Map<String, String> keysById = new TreeMap<>(processInstances);
        Set<String> rewritten = new HashSet<>();
        if (!caseKeys.isEmpty()) {
            jdbc.query("select ID_, PROC_DEF_KEY_ from ACT_HI_PROCINST where BUSINESS_KEY_ in (:keys)",
                    new MapSqlParameterSource("keys", caseKeys), (RowCallbackHandler) row -> {
                        rewritten.add(row.getString(1));
                        keysById.put(row.getString(1), row.getString(2));
                    });
        }
        keysById.forEach((id, key) -> refresh(id, key, rewritten.contains(id)));
    }

    /**
     * Reads one case's facts again. The existing row is locked first, so that two transactions touching the same
     * case (two officers claiming its tasks, say) refresh it one after the other, each reading the other's result.
     */
    /**
     * @param rewritten whether the case's history may have changed (a procedure's {@link CaseChanged}, e.g. the demo
     *                  back-dating it): its steps are then written afresh; the engine itself only ever adds completed
     *                  tasks, so after an engine event only the new ones are added
     */
    private void refresh(String processInstanceId, String processDefinitionKey, boolean rewritten) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", processInstanceId);
        List<Map<String, Object>> existing = jdbc.queryForList(
                "select party_code from metrics_case where proc_inst_id = :id for update", id);
        boolean known = !existing.isEmpty();
        Optional<ProcedureMetrics> procedure = procedures.find(processDefinitionKey);
        List<Map<String, Object>> history = procedure.isEmpty() ? List.of() : jdbc.queryForList("select "
                + FACTS_COLUMNS + " from ACT_HI_PROCINST p left join (" + procedure.get().caseFactsSql() + ") f "
                + "on f.case_key = p.BUSINESS_KEY_ where p.ID_ = :id", id);
        if (history.isEmpty()) {
            jdbc.update("delete from metrics_step where proc_inst_id = :id", id);
            jdbc.update("delete from metrics_case where proc_inst_id = :id", id);
            return;
        }
        Map<String, Object> facts = history.get(0);
        MapSqlParameterSource row = new MapSqlParameterSource();
        for (String column : CASE_COLUMNS.split(", ")) {
            row.addValue(column, facts.get(column)); // the map ignores case: H2 answers in upper case
        }
        // the steps carry their case's party: a case whose party changed has its steps written afresh as well
        boolean stepsAfresh = rewritten || known && !Objects.equals(existing.get(0).get("party_code"),
                row.getValue("party_code"));
        if (stepsAfresh) {
            jdbc.update("delete from metrics_step where proc_inst_id = :id", id);
        }
        if (known) {
            jdbc.update("update metrics_case set case_key = :case_key, party_code = :party_code, "
                    + "started_at = :started_at, ended_at = :ended_at, due_date = :due_date, "
                    + "resolved_at = :resolved_at, decided = :decided, outcome = :outcome, escalated = :escalated, "
                    + "late = :late where proc_inst_id = :proc_inst_id", row);
        } else {
            jdbc.update("insert into metrics_case (" + CASE_COLUMNS + ") values (:proc_inst_id, :proc_key, "
                    + ":case_key, :party_code, :started_at, :ended_at, :due_date, :resolved_at, :decided, :outcome, "
                    + ":escalated, :late)", row);
        }
        jdbc.update("insert into metrics_step " + STEPS + " and t.PROC_INST_ID_ = :id" + (stepsAfresh ? ""
                : " and not exists (select 1 from metrics_step s where s.task_id = t.ID_)"), id);
    }

    /**
     * Fills both tables from scratch in one transaction: every process instance of a tracked procedure with its facts,
     * every completed task of them. Returns the number of cases.
     */
    public long rebuild() {
        return transactions.execute(status -> {
            jdbc.update("delete from metrics_step", Map.of());
            jdbc.update("delete from metrics_case", Map.of());
            long cases = 0;
            for (ProcedureMetrics procedure : procedures.all()) {
                cases += jdbc.update("insert into metrics_case (" + CASE_COLUMNS + ") select " + FACTS_COLUMNS
                        + " from ACT_HI_PROCINST p left join (" + procedure.caseFactsSql() + ") f "
                        + "on f.case_key = p.BUSINESS_KEY_ where p.PROC_DEF_KEY_ = :key",
                        new MapSqlParameterSource("key", procedure.procedure().processKey()));
            }
            jdbc.update("insert into metrics_step " + STEPS, Map.of());
            return cases;
        });
    }

    /**
     * Whether the tables hold as many cases and steps as the history (a cheap check for start-up: a history cleanup,
     * or engine changes made with listeners skipped, leave it false).
     */
    public boolean inStep() {
        if (procedures.all().isEmpty()) {
            return true;
        }
        MapSqlParameterSource keys = new MapSqlParameterSource("keys",
                procedures.keys());
        Long historyCases = jdbc.queryForObject(
                "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ in (:keys)", keys, Long.class);
        Long cases = jdbc.queryForObject("select count(*) from metrics_case", Map.of(), Long.class);
        if (!historyCases.equals(cases)) {
            log.info("Dashboard facts out of step: {} cases in the history, {} in metrics_case", historyCases, cases);
            return false;
        }
        // the tasks STEPS takes, counted without its join: 0.2 s instead of 1 s at a million cases
        Long historySteps = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST t where t.PROC_DEF_KEY_ in (:keys) "
                + "and " + COMPLETED_TASK, keys, Long.class);
        Long steps = jdbc.queryForObject("select count(*) from metrics_step", Map.of(), Long.class);
        if (!historySteps.equals(steps)) {
            log.info("Dashboard facts out of step: {} completed tasks in the history, {} in metrics_step",
                    historySteps, steps);
            return false;
        }
        return true;
    }
}

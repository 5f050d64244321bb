package org.gsoia.workflow.metrics;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.metrics.Dashboard.Backlog;
import org.gsoia.workflow.metrics.Dashboard.Compliance;
import org.gsoia.workflow.metrics.Dashboard.CycleTime;
import org.gsoia.workflow.metrics.Dashboard.StepTime;
import org.gsoia.workflow.metrics.Dashboard.Week;
import org.gsoia.workflow.security.CaseGroups;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the manager dashboard from its fact tables ({@link CaseFacts}: one row per case and per completed step,
 * built from the engine's history and the facts each procedure contributes through {@link ProcedureMetrics}) and the
 * engine's open tasks (ACT_HI_TASKINST, ACT_HI_IDENTITYLINK), aggregated in the database by SQL that runs on
 * PostgreSQL and H2 alike. Java only adds up per-day rows into weeks and working-day age buckets.
 *
 * <p>Engine timestamps are the server's local time; the dashboard reads "today" and the period's bounds in the same
 * zone. Case ages count the working days of the party whose authority holds (or owes) the case, holidays included.
 */
@Service
public class Dashboards {

    /** The holder of waiting cases that are not with an authority: applicants and host facilities. */
    public static final String OTHER_HOLDERS = "others";
    /** Drill-down lists stop here; a manager narrows the filter for more. */
    public static final int MAX_CASES = 10_000;


    private final MeteredProcedures procedures;
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendars calendars;
    private final Clock clock;
    private final Map<String, Optional<WorkingDayCalendar>> calendarCache = new ConcurrentHashMap<>();
    /** Runs a dashboard's queries side by side; a few threads, as each holds a database connection. */
    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "dashboard-query");
        thread.setDaemon(true);
        return thread;
    });

    public Dashboards(MeteredProcedures procedures, NamedParameterJdbcTemplate jdbc,
                      WorkingDayCalendars calendars, Clock clock) {
        this.procedures = procedures;
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    /**
     * Every figure of the dashboard for {@code filter}. The independent queries run side by side, each on its own
     * connection (read-only, no shared transaction needed: each figure is consistent in itself).
     */
    public Dashboard compute(DashboardFilter filter) {
        Query q = new Query(filter);
        LocalDate today = today();
        LocalDate firstDay = filter.period().firstDay(today);
        if (q.selected.isEmpty()) {
            return new Dashboard(firstDay, today, 0, 0, 0, 0, new CycleTime(0, null, null),
                    new Compliance(null, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of());
        }

        // one query per step, side by side: each reads only its step's tasks of the period from the index
        List<CompletableFuture<Optional<StepTime>>> perStep = stepKeys(q).stream()
                .map(key -> async(() -> step(q, key[0], key[1]))).toList();
        CompletableFuture<List<StepTime>> steps = CompletableFuture.allOf(perStep.toArray(CompletableFuture[]::new))
                .thenApply(done -> sortedSteps(perStep.stream().map(Dashboards::join)
                        .flatMap(Optional::stream).toList()));
        CompletableFuture<Map<LocalDate, Long>> startedPerDay = async(() -> perDay(q, "started_at"));
        CompletableFuture<Map<LocalDate, Long>> completedPerDay = async(() -> perDay(q, "ended_at"));
        CompletableFuture<long[]> openAndOverdue = async(() -> openAndOverdue(q));
        CompletableFuture<CycleTime> timeToDecision = async(() -> timeToDecision(q));
        CompletableFuture<List<Compliance>> compliance = async(() -> compliance(q));
        CompletableFuture<List<Backlog>> backlog = async(() -> backlog(q, today));
        List<Week> trend = weeks(firstDay, filter.period().weeks(), join(startedPerDay), join(completedPerDay));
        long started = trend.stream().mapToLong(Week::started).sum();
        long completed = trend.stream().mapToLong(Week::completed).sum();
        List<Compliance> perParty = join(compliance);
        Compliance overall = new Compliance(null,
                perParty.stream().mapToLong(Compliance::decided).sum(),
                perParty.stream().mapToLong(Compliance::onTime).sum(),
                perParty.stream().mapToLong(Compliance::escalated).sum(),
                perParty.stream().mapToLong(Compliance::afterLeadTime).sum());
        long[] open = join(openAndOverdue);
        return new Dashboard(firstDay, today, open[0], open[1], started, completed, join(timeToDecision), overall,
                perParty, join(steps), join(backlog), trend);
    }

    private <T> CompletableFuture<T> async(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, executor);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }

    /**
     * Operations figures per procedure, for monitoring: open cases, cases whose decision is overdue, escalated
     * cases and decisions per outcome (all time). One grouped query over open cases and one over all.
     */
    @Transactional(readOnly = true)
    public Map<String, Operations> operations() {
        MapSqlParameterSource params = new MapSqlParameterSource("keys", procedures.keys())
                .addValue("today", java.sql.Date.valueOf(today()));
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        Map<String, Long> escalated = new HashMap<>();
        Map<String, Map<String, Long>> decisions = new HashMap<>();
        if (!procedures.all().isEmpty()) {
            jdbc.query("select c.proc_key as proc_key, count(*) as open_cases, "
                    + "coalesce(sum(case when c.decided = 0 and c.due_date < :today then 1 else 0 end), 0) as overdue "
                    + "from metrics_case c where c.ended_at is null and c.proc_key in (:keys) group by c.proc_key",
                    params, rs -> {
                        open.put(rs.getString("proc_key"), rs.getLong("open_cases"));
                        overdue.put(rs.getString("proc_key"), rs.getLong("overdue"));
                    });
            jdbc.query("select c.proc_key as proc_key, c.outcome as outcome, c.decided as decided, count(*) as n, "
                    + "sum(c.escalated) as escalated from metrics_case c where c.proc_key in (:keys) "
                    + "group by c.proc_key, c.outcome, c.decided", params, rs -> {
                        String key = rs.getString("proc_key");
                        escalated.merge(key, rs.getLong("escalated"), Long::sum);
                        if (rs.getInt("decided") == 1 && rs.getString("outcome") != null) {
                            decisions.computeIfAbsent(key, k -> new TreeMap<>())
                                    .merge(rs.getString("outcome"), rs.getLong("n"), Long::sum);
                        }
                    });
        }
        Map<String, Operations> result = new TreeMap<>();
        for (String key : procedures.keys()) {
            result.put(key, new Operations(open.getOrDefault(key, 0L), overdue.getOrDefault(key, 0L),
                    escalated.getOrDefault(key, 0L), decisions.getOrDefault(key, Map.of())));
        }
        return result;
    }

    /** Operations figures of one procedure. */
    public record Operations(long open, long overdue, long escalated, Map<String, Long> decisions) {
    }

    /** The cases behind a figure, oldest first, at most {@link #MAX_CASES}. */
    @Transactional(readOnly = true)
    public List<CaseRow> cases(DashboardFilter filter, CaseListKind kind, String holderGroup, AgeBucket bucket) {
        Query q = new Query(filter);
        if (q.selected.isEmpty()) {
            return List.of();
        }
        String where = switch (kind) {
            case OPEN -> "c.ended_at is null";
            case OVERDUE -> "c.ended_at is null and c.decided = 0 and c.due_date < :today";
            case STARTED -> "c.started_at >= :from and c.started_at < :to";
            case COMPLETED -> "c.ended_at >= :from and c.ended_at < :to";
            case DECIDED -> Query.DECIDED_IN_PERIOD;
            case DECIDED_LATE -> Query.DECIDED_IN_PERIOD + " and cast(c.resolved_at as date) > c.due_date";
            case ESCALATED -> Query.DECIDED_IN_PERIOD + " and c.escalated = 1";
            case AFTER_LEAD_TIME -> Query.DECIDED_IN_PERIOD + " and c.late = 1";
            case BACKLOG -> "c.ended_at is null and exists (select 1 from ACT_HI_TASKINST t "
                    + "join ACT_HI_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                    + "and l.OPERATION_TYPE_ = 'add' where t.PROC_INST_ID_ = c.proc_inst_id and t.END_TIME_ is null and "
                    + (OTHER_HOLDERS.equals(holderGroup) ? "l.GROUP_ID_ not like '" + CaseGroups.AUTHORITY_PREFIX + "%'" : "l.GROUP_ID_ = :group")
                    + ")";
        };
        String sql = "select c.case_key as case_key, c.proc_key as proc_key, c.party_code, "
                + "c.started_at as started, c.ended_at as ended, c.due_date, c.outcome, "
                + "(select min(t.TASK_DEF_KEY_) from ACT_HI_TASKINST t where t.PROC_INST_ID_ = c.proc_inst_id "
                + "and t.END_TIME_ is null) as task_key "
                + "from metrics_case c where c.proc_key in (:keys) and " + where + q.partyWhere
                + " order by c.started_at, c.case_key limit " + MAX_CASES;
        LocalDate today = today();
        MapSqlParameterSource params = q.params().addValue("group", holderGroup);
        List<CaseRow> rows = jdbc.query(sql, params, (rs, i) -> caseRow(rs, today, holderGroup));
        if (kind == CaseListKind.BACKLOG && bucket != null) {
            return rows.stream().filter(r -> AgeBucket.of(r.ageWorkingDays()) == bucket).toList();
        }
        return rows;
    }

    private CaseRow caseRow(ResultSet rs, LocalDate today, String holderGroup) throws SQLException {
        String procKey = rs.getString("proc_key");
        String party = rs.getString("party_code");
        LocalDate startedOn = rs.getTimestamp("started").toLocalDateTime().toLocalDate();
        Timestamp ended = rs.getTimestamp("ended");
        LocalDate until = ended == null ? today : ended.toLocalDateTime().toLocalDate();
        String taskKey = rs.getString("task_key");
        String outcome = rs.getString("outcome");
        Optional<ProcedureMetrics> procedure = procedures.find(procKey);
        String step = null;
        String fallback = null;
        if (ended == null && taskKey != null) {
            step = procedure.map(p -> p.procedure().taskLabelKey(taskKey)).orElse(null);
            fallback = taskKey;
        } else if (outcome != null) {
            step = procedure.map(p -> p.outcomeLabelKey(outcome)).orElse(null);
            fallback = outcome;
        }
        java.sql.Date due = rs.getDate("due_date");
        String ageParty = CaseGroups.partyOfAuthority(holderGroup).orElse(party);
        return new CaseRow(rs.getString("case_key"), procKey, party, step, fallback, startedOn,
                workingDays(ageParty, startedOn, until), due == null ? null : due.toLocalDate(), ended != null);
    }

    private Map<LocalDate, Long> perDay(Query q, String column) {
        String day = "cast(c." + column + " as date)";
        String sql = "select " + day + " as d, count(*) as n from metrics_case c"
                + " where c." + column + " >= :from and c." + column + " < :to and c.proc_key in (:keys)"
                + q.partyWhere + " group by " + day;
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.query(sql, q.params(), rs -> {
            counts.put(rs.getDate("d").toLocalDate(), rs.getLong("n"));
        });
        return counts;
    }

    private static List<Week> weeks(LocalDate firstDay, int count, Map<LocalDate, Long> started,
                                    Map<LocalDate, Long> completed) {
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            weeks.put(firstDay.plusWeeks(i), new long[2]);
        }
        started.forEach((day, n) -> weekOf(weeks, day)[0] += n);
        completed.forEach((day, n) -> weekOf(weeks, day)[1] += n);
        return weeks.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static long[] weekOf(Map<LocalDate, long[]> weeks, LocalDate day) {
        long[] week = weeks.get(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        return week == null ? new long[2] : week;
    }

    private long[] openAndOverdue(Query q) {
        String sql = "select count(*) as open_cases, "
                + "coalesce(sum(case when c.decided = 0 and c.due_date < :today then 1 else 0 end), 0) as overdue "
                + "from metrics_case c where c.ended_at is null and c.proc_key in (:keys)" + q.partyWhere;
        return jdbc.queryForObject(sql, q.params(), (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private CycleTime timeToDecision(Query q) {
        String sql = "select count(*) as n, "
                + "percentile_cont(0.5) within group (order by x.days) as median_days, "
                + "percentile_cont(0.9) within group (order by x.days) as p90_days "
                + "from (select (extract(epoch from c.resolved_at) - extract(epoch from c.started_at)) / 86400.0 "
                + "as days from metrics_case c where " + Query.DECIDED_IN_PERIOD + q.partyWhere + ") x";
        return jdbc.queryForObject(sql, q.params(), (rs, i) -> new CycleTime(rs.getLong("n"),
                nullableDouble(rs, "median_days"), nullableDouble(rs, "p90_days")));
    }

    private List<Compliance> compliance(Query q) {
        String sql = "select c.party_code as party_code, count(*) as decided, "
                + "sum(case when c.due_date is null or cast(c.resolved_at as date) <= c.due_date then 1 else 0 end) "
                + "as on_time, sum(c.escalated) as escalated, sum(c.late) as late "
                + "from metrics_case c where " + Query.DECIDED_IN_PERIOD + q.partyWhere
                + " group by c.party_code order by c.party_code";
        return jdbc.query(sql, q.params(), (rs, i) -> new Compliance(rs.getString("party_code"),
                rs.getLong("decided"), rs.getLong("on_time"), rs.getLong("escalated"), rs.getLong("late")));
    }

    private static List<StepTime> sortedSteps(List<StepTime> unsorted) {
        List<StepTime> steps = new ArrayList<>(unsorted);
        steps.sort(Comparator.comparingDouble(StepTime::medianHours).reversed()
                .thenComparing(StepTime::taskKey));
        return steps;
    }

    /**
     * The (procedure, task definition key) pairs the history knows for the selected procedures, found by one index
     * probe per key (the next key after the last one) rather than by reading the tasks.
     */
    private List<String[]> stepKeys(Query q) {
        List<String[]> keys = new ArrayList<>();
        for (ProcedureMetrics procedure : q.selected) {
            String procKey = procedure.procedure().processKey();
            String last = null;
            while (true) {
                MapSqlParameterSource params = new MapSqlParameterSource("proc", procKey).addValue("after", last);
                String next = jdbc.queryForObject("select min(s.task_key) from metrics_step s "
                        + "where s.proc_key = :proc" + (last == null ? "" : " and s.task_key > :after"),
                        params, String.class);
                if (next == null) {
                    break;
                }
                keys.add(new String[] {procKey, next});
                last = next;
            }
        }
        return keys;
    }

    /** Time spent in one step: its tasks completed in the period (empty when none). */
    private Optional<StepTime> step(Query q, String procKey, String taskKey) {
        String sql = "select count(*) as n, "
                + "percentile_cont(0.5) within group (order by s.duration_ms) as median_ms, "
                + "percentile_cont(0.9) within group (order by s.duration_ms) as p90_ms "
                + "from metrics_step s where s.proc_key = :proc and s.task_key = :task "
                + "and s.ended_at >= :from and s.ended_at < :to" + q.partyOf("s");
        MapSqlParameterSource params = q.params().addValue("proc", procKey).addValue("task", taskKey);
        StepTime step = jdbc.queryForObject(sql, params, (rs, i) -> rs.getLong("n") == 0 ? null
                : new StepTime(procKey, taskKey, rs.getLong("n"),
                rs.getDouble("median_ms") / 3_600_000.0, rs.getDouble("p90_ms") / 3_600_000.0));
        return Optional.ofNullable(step);
    }

    private List<Backlog> backlog(Query q, LocalDate today) {
        String sql = "select l.GROUP_ID_ as holder, c.party_code as party_code, cast(c.started_at as date) as d, "
                + "count(distinct c.proc_inst_id) as n "
                + "from ACT_HI_TASKINST t join ACT_HI_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                + "and l.OPERATION_TYPE_ = 'add' and l.GROUP_ID_ is not null "
                + "join metrics_case c on c.proc_inst_id = t.PROC_INST_ID_ "
                + "where t.PROC_DEF_KEY_ in (:keys) and t.END_TIME_ is null and c.ended_at is null" + q.partyWhere
                + " group by l.GROUP_ID_, c.party_code, cast(c.started_at as date)";
        Map<String, long[]> buckets = new TreeMap<>();
        jdbc.query(sql, q.params(), rs -> {
            String group = rs.getString("holder");
            Optional<String> authorityOf = CaseGroups.partyOfAuthority(group);
            String holder = authorityOf.isPresent() ? group : OTHER_HOLDERS;
            String party = authorityOf.orElse(rs.getString("party_code"));
            int age = workingDays(party, rs.getDate("d").toLocalDate(), today);
            buckets.computeIfAbsent(holder, h -> new long[AgeBucket.values().length])[AgeBucket.of(age).ordinal()]
                    += rs.getLong("n");
        });
        List<Backlog> rows = new ArrayList<>();
        buckets.forEach((holder, counts) -> rows.add(new Backlog(holder,
                CaseGroups.partyOfAuthority(holder).orElse(null), counts)));
        // authorities first, the others last
        rows.sort(Comparator.comparing((Backlog b) -> b.partyCode() == null).thenComparing(Backlog::holderGroup));
        return rows;
    }

    /** Working days in (start, end] of the party's calendar; Monday to Friday when the party is unknown. */
    int workingDays(String partyCode, LocalDate start, LocalDate end) {
        Optional<WorkingDayCalendar> calendar = partyCode == null ? Optional.empty()
                : calendarCache.computeIfAbsent(partyCode.toUpperCase(Locale.ROOT), this::calendarOf);
        if (calendar.isPresent()) {
            return Math.max(0, calendar.get().workingDaysBetween(start, end));
        }
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    private Optional<WorkingDayCalendar> calendarOf(String partyCode) {
        try {
            return Optional.of(calendars.forParty(partyCode));
        } catch (RuntimeException unknownParty) {
            return Optional.empty();
        }
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** The SQL pieces and parameters one filter implies. */
    private final class Query {

        static final String DECIDED_IN_PERIOD = "c.decided = 1 and c.resolved_at >= :from and c.resolved_at < :to "
                + "and c.proc_key in (:keys)";

        final List<ProcedureMetrics> selected;
        /** The party condition on {@code metrics_case c}; empty for both parties. */
        final String partyWhere;
        final DashboardFilter filter;

        Query(DashboardFilter filter) {
            this.filter = filter;
            this.selected = procedures.all().stream()
                    .filter(p -> filter.procedureKey().map(k -> k.equals(p.procedure().processKey())).orElse(true))
                    .toList();
            this.partyWhere = partyOf("c");
        }

        /** The party condition on a fact table's alias. */
        String partyOf(String alias) {
            return filter.partyCode().isPresent() ? " and " + alias + ".party_code = :party" : "";
        }

        MapSqlParameterSource params() {
            LocalDate today = today();
            LocalDate first = filter.period().firstDay(today);
            LocalDate end = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return new MapSqlParameterSource()
                    .addValue("keys", selected.stream().map(p -> p.procedure().processKey()).toList())
                    .addValue("from", Timestamp.valueOf(first.atStartOfDay()))
                    .addValue("to", Timestamp.valueOf(end.atStartOfDay()))
                    .addValue("today", java.sql.Date.valueOf(today))
                    .addValue("party", filter.partyCode().map(c -> c.toUpperCase(Locale.ROOT)).orElse(null));
        }
    }
}

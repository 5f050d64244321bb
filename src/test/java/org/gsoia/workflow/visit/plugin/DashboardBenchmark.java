package org.gsoia.workflow.visit.plugin;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.gsoia.workflow.metrics.CaseFacts;
import org.gsoia.workflow.metrics.Dashboard;
import org.gsoia.workflow.metrics.DashboardFilter;
import org.gsoia.workflow.metrics.Dashboards;
import org.gsoia.workflow.metrics.Period;
import org.gsoia.workflow.procedure.CaseChanged;

/**
 * Benchmark of the manager dashboard on PostgreSQL: generates {@code cases} historic visit requests (default
 * 1,000,000 over ten years) directly by SQL into a fresh database whose schema comes from the product's Liquibase
 * changelogs, then times the whole dashboard computation at the service layer ({@link Dashboards#compute}) and prints
 * p50/p95/p99 over repeated runs. Run (PostgreSQL on 127.0.0.1:5432, user postgres):
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.gsoia.workflow.visit.plugin.DashboardBenchmark
 * </pre>
 *
 * System properties: {@code bench.url} (default {@code jdbc:postgresql://127.0.0.1:5432/gsoia_bench_metrics}),
 * {@code bench.user} ({@code postgres}), {@code bench.password} (empty), {@code bench.cases} (1000000),
 * {@code bench.runs} (30). The database is created when missing and regenerated when it holds another number of
 * cases.
 */
public final class DashboardBenchmark {

    private static final long TEN_YEARS_SECONDS = 10L * 365 * 24 * 3600;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/gsoia_bench_metrics");
        String user = System.getProperty("bench.user", "postgres");
        String password = System.getProperty("bench.password", "");
        int cases = Integer.getInteger("bench.cases", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 30);

        createDatabaseIfMissing(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            DashboardDatabase db = new DashboardDatabase(dataSource);
            db.migrate();
            Long existing = db.jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_ID_ = 'visit-request:1:bench'", Long.class);
            if (existing == null || existing != cases) {
                long started = System.nanoTime();
                generate(dataSource, cases);
                System.out.printf(Locale.ROOT, "Generated %,d historic cases in %.1f s%n", cases,
                        (System.nanoTime() - started) / 1e9);
            } else {
                System.out.printf(Locale.ROOT, "Reusing %,d historic cases%n", cases);
            }
            CaseFacts facts = db.caseFacts();
            if (!facts.inStep()) {
                long started = System.nanoTime();
                long rebuilt = facts.rebuild();
                db.jdbc.execute("vacuum analyze metrics_case");
                db.jdbc.execute("vacuum analyze metrics_step");
                System.out.printf(Locale.ROOT, "Rebuilt the dashboard's fact tables (%,d cases) in %.1f s%n", rebuilt,
                        (System.nanoTime() - started) / 1e9);
            }
            printSizes(db);
            Dashboards dashboards = db.dashboardsAsTheyAre(LocalDateTime.now());
            Dashboard d = dashboards.compute(DashboardFilter.of(Period.WEEKS_12));
            print(d);
            // every filter the dashboard offers: each period, each deciding party or both, each procedure or all
            List<String> procedures = new ArrayList<>();
            procedures.add(null);
            procedures.addAll(db.procedures().keys());
            for (String procedure : procedures) {
                for (Period period : Period.values()) {
                    for (String party : java.util.Arrays.asList(null, "DE", "JP")) {
                        DashboardFilter filter = DashboardFilter.of(period).withParty(party).withProcedure(procedure);
                        time(String.format(Locale.ROOT, "whole dashboard, %d weeks, %s, %s", period.weeks(),
                                party == null ? "all parties" : "party " + party,
                                procedure == null ? "all procedures" : procedure), runs,
                                () -> dashboards.compute(filter));
                    }
                }
            }
            time("operations gauges snapshot", runs, dashboards::operations);
            // what keeping the facts in step adds to each transaction that changes a case: one case read again
            java.util.Random random = new java.util.Random(42);
            time("refresh of one case's facts (own transaction)", runs * 10, () -> {
                facts.caseChanged(new CaseChanged(String.format(Locale.ROOT, "BV-%08d", 1 + random.nextInt(cases))));
                return null;
            });
        }
    }

    private static void createDatabaseIfMissing(String url, String user, String password) throws Exception {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
             Statement statement = admin.createStatement();
             ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "''") + "'")) {
            if (!rs.next()) {
                statement.execute("create database \"" + name + "\"");
            }
        }
    }

    /**
     * One case every ten years / {@code cases}, up to now: certification 2–62 h, review 12–412 h, skewed to short (a
     * decision after the due date is escalated), host-facility acknowledgement 4–74 h, the visit 18–40 days after filing; one in ten
     * rejected. Recent cases are still in certification, in review or waiting for their visit.
     */
    static void generate(javax.sql.DataSource dataSource, int cases) throws Exception {
        double secondsPerCase = (double) TEN_YEARS_SECONDS / cases;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("delete from ACT_HI_IDENTITYLINK where PROC_DEF_KEY_ = 'visit-request' and ID_ like 'b%'");
            s.execute("delete from ACT_HI_TASKINST where PROC_DEF_ID_ = 'visit-request:1:bench'");
            s.execute("delete from ACT_HI_PROCINST where PROC_DEF_ID_ = 'visit-request:1:bench'");
            s.execute("delete from visit_request where purpose = 'Benchmark'");
            s.execute("select setseed(0.42)");
            s.execute("create temp table bench_case on commit drop as "
                    + "select i, 'BV-' || lpad(i::text, 8, '0') as ref, "
                    + "case when i % 2 = 0 then 'JP' else 'DE' end as host, "
                    + "case when i % 2 = 0 then 'DE' else 'JP' end as sending, "
                    + "localtimestamp - ((" + cases + " - i) * " + secondsPerCase + " * interval '1 second') as t0, "
                    + "random() as r1, random() as r2, random() as r3, random() as r4 "
                    + "from generate_series(1, " + cases + ") i");
            s.execute("create temp table bench on commit drop as select b.*, "
                    + "t0 + (2 + r1 * 60) * interval '1 hour' as cert_end, "
                    + "t0 + (14 + r1 * 60 + 400 * r2 * r2 * r2) * interval '1 hour' as decided, "
                    + "t0 + (18 + r1 * 60 + 400 * r2 * r2 * r2 + r3 * 70) * interval '1 hour' as ack_end, "
                    + "cast(t0 + (18 + r4 * 22) * interval '1 day' as date) as visit_start, "
                    + "case when r4 < 0.1 then 'REJECT' when r4 < 0.25 then 'APPROVE_WITH_CONDITIONS' else 'APPROVE' end as outcome "
                    + "from bench_case b");
            s.execute("insert into visit_request (reference, agreement_id, visit_type, status, sending_party_code, "
                    + "host_party_code, applicant_user_id, applicant_organisation_id, requesting_facility_id, host_facility_id, "
                    + "purpose, start_date, end_date, level_id, hand_carry, submitted_at, decision_due_date, escalated, "
                    + "decision, decided_at, version) select ref, 'JP-DE-2021', 'ONE_TIME', "
                    + "case when cert_end > localtimestamp then 'IN_CERTIFICATION' when decided > localtimestamp then 'IN_REVIEW' "
                    + "when outcome = 'REJECT' then 'REJECTED' when visit_start + 2 <= current_date then 'COMPLETED' else 'APPROVED' end, "
                    + "sending, host, 'applicant', "
                    + "case when sending = 'DE' then 'DE-NORDWERK' else 'JP-SAKURA' end, "
                    + "case when sending = 'DE' then 'DE-NORDWERK-BRE' else 'JP-SAKURA-NGO' end, "
                    + "case when host = 'DE' then 'DE-RHEINTAL-FDH' else 'JP-MINATO-YOK' end, "
                    + "'Benchmark', visit_start, visit_start + 1, case when sending = 'DE' then 'DE-VSV' else 'JP-HI' end, false, "
                    + "t0, visit_start - 7, "
                    + "(least(decided, localtimestamp) > cast(visit_start - 7 as timestamp) + interval '1 day'), "
                    + "case when decided <= localtimestamp then outcome end, "
                    + "case when decided <= localtimestamp then decided end, 0 from bench");
            s.execute("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
                    + "START_TIME_, END_TIME_, DURATION_, STATE_) select 'b' || i, 'b' || i, ref, 'visit-request', "
                    + "'visit-request:1:bench', t0, e, (extract(epoch from e - t0) * 1000)::bigint, "
                    + "case when e is null then 'ACTIVE' else 'COMPLETED' end from ("
                    + "select b.*, case when decided <= localtimestamp and outcome = 'REJECT' then decided "
                    + "when decided <= localtimestamp and cast(visit_start + 2 as timestamp) <= localtimestamp "
                    + "then cast(visit_start + 2 as timestamp) end as e from bench b) x");
            // user tasks: certification (sending authority), review (host authority), acknowledgement (host facility)
            s.execute("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, "
                    + "EXECUTION_ID_, NAME_, PRIORITY_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_) "
                    + "select 'b' || k || i, key, 'visit-request', 'visit-request:1:bench', 'b' || i, 'b' || i, key, 50, "
                    + "st, case when en <= localtimestamp then en end, "
                    + "case when en <= localtimestamp then (extract(epoch from en - st) * 1000)::bigint end, "
                    + "case when en <= localtimestamp then 'completed' end from ("
                    + "select i, 'c' as k, 'certifyClearances' as key, t0 as st, cert_end as en from bench "
                    + "union all select i, 'r', 'reviewRequest', cert_end, decided from bench where cert_end <= localtimestamp "
                    + "union all select i, 'a', 'acknowledgeNotice', decided, ack_end from bench "
                    + "where decided <= localtimestamp and outcome <> 'REJECT') t");
            s.execute("insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, PROC_DEF_KEY_, "
                    + "OPERATION_TYPE_) select 'bl' || t.ID_, t.START_TIME_, 'candidate', "
                    + "case t.TASK_DEF_KEY_ when 'certifyClearances' then 'authority-' || lower(b.sending) "
                    + "when 'reviewRequest' then 'authority-' || lower(b.host) "
                    + "else case when b.host = 'DE' then 'org-de-rheintal' else 'org-jp-minato' end end, "
                    + "t.ID_, 'visit-request', 'add' from ACT_HI_TASKINST t join bench b on t.PROC_INST_ID_ = 'b' || b.i "
                    + "where t.PROC_DEF_ID_ = 'visit-request:1:bench'");
            c.commit();
            c.setAutoCommit(true);
            s.execute("vacuum analyze");
        }
    }

    private static void printSizes(DashboardDatabase db) {
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK", "visit_request",
                "metrics_case", "metrics_step")) {
            System.out.printf(Locale.ROOT, "  %-20s %,12d rows%n", table,
                    db.jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
    }

    private static void print(Dashboard d) {
        System.out.printf(Locale.ROOT, "Figures (12 weeks from %s): open %,d, overdue %,d, started %,d, closed %,d%n",
                d.firstDay(), d.openCases(), d.overdueNow(), d.started(), d.completed());
        System.out.printf(Locale.ROOT, "  time to decision: %,d decisions, median %.1f d, p90 %.1f d%n",
                d.timeToDecision().count(), d.timeToDecision().medianDays(), d.timeToDecision().p90Days());
        System.out.printf(Locale.ROOT, "  compliance: %.1f %% on time, %,d escalated, %,d after the lead time%n",
                d.compliance().onTimePercent(), d.compliance().escalated(), d.compliance().afterLeadTime());
        d.steps().forEach(st -> System.out.printf(Locale.ROOT, "  step %-20s %,8d tasks, median %.1f h, p90 %.1f h%n",
                st.taskKey(), st.count(), st.medianHours(), st.p90Hours()));
        d.backlog().forEach(b -> System.out.printf(Locale.ROOT, "  backlog %-16s %s%n", b.holderGroup(),
                java.util.Arrays.toString(b.buckets())));
    }

    private static void time(String label, int runs, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-65s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d runs)%n", label,
                percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99), runs);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}

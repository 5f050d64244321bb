package org.gsoia.workflow.visit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.support.Benchmarks;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole visit lifecycle through the product's own services on PostgreSQL, from {@code bench.threads} threads:
 * submit, certify, decide, confirm (every fifth request is at SECRET level, where a second officer confirms) and
 * acknowledge. In the same run it drives a bare Camunda engine (built here on the same database and tables, without
 * the product's listeners, plug-ins or Spring transactions) through a process of the same shape (a start and the
 * same user tasks), and, where {@code pgbench} is installed, pgbench on the same server, so that the
 * figures are ratios from one run. Rounds alternate (product, bare, product, bare) so that neither profits from a
 * warmer or emptier database. It prints lifecycles per second, p50/p95 per step, what each lifecycle writes to the
 * database, and the heap after a full collection. Not part of the test suite: see {@code docs/benchmarks.md}.
 */
@SpringBootTest(properties = {"gsoia.demo=false", "vaadin.launch-browser=false",
        "gsoia.notifications.mail=false"})
@ActiveProfiles({"postgres", "demo"})
@Import(StatementCounter.class)
class LifecycleBenchmark {

    static final int THREADS = Integer.getInteger("bench.threads", 4);
    static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 1_000);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    /** Lifecycles of the soak (heap after a full collection every 1,000); 0 leaves it out. */
    static final int SOAK = Integer.getInteger("bench.soak", 0);
    static final int FOUR_EYES_EVERY = 5;
    static final String DATABASE = System.getProperty("bench.database", "gsoia_bench_lifecycle");
    static final String BARE = "bareLifecycle";
    static final String BARE_FOUR_EYES = "bareLifecycleFourEyes";
    /** The product's own visit model, deployed to the bare engine under this key with the product's steps stubbed. */
    static final String BARE_VISIT_MODEL = "bareVisitRequest";
    static final List<String> STEPS = List.of("submit", "certify", "decide", "confirm", "acknowledge");

    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSourceProperties dataSource;

    private ProcessEngine bareEngine;
    private RuntimeService runtimeService;
    private TaskService taskService;

    private final AtomicInteger bareKeys = new AtomicInteger();
    private LocalDate firstVisitDay;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        Benchmarks.freshDatabase(registry, DATABASE);
        registry.add("gsoia.demo.history", () -> "false");
    }

    @Test
    void lifecycles() throws Exception {
        startBareEngine();
        firstVisitDay = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(20);
        System.out.printf(Locale.ROOT, "%nHeap after start (after a full collection): %s%n", heapAfterGc());

        run("warm-up product", WARM_UP, this::productLifecycle);
        run("warm-up bare engine", WARM_UP, this::bareLifecycle);
        run("warm-up bare, visit model", WARM_UP, this::bareVisitModelLifecycle);
        List<Round> product = new ArrayList<>();
        List<Round> bare = new ArrayList<>();
        List<Round> bareVisitModel = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            product.add(run("product, round " + round, LIFECYCLES, this::productLifecycle));
            bare.add(run("bare engine, round " + round, LIFECYCLES, this::bareLifecycle));
            bareVisitModel.add(run("bare, visit model, rd " + round, LIFECYCLES, this::bareVisitModelLifecycle));
        }
        double productRate = product.stream().mapToDouble(Round::perSecond).average().orElseThrow();
        double bareRate = bare.stream().mapToDouble(Round::perSecond).average().orElseThrow();
        double bareVisitModelRate = bareVisitModel.stream().mapToDouble(Round::perSecond).average().orElseThrow();
        System.out.printf(Locale.ROOT, "%n=== %d threads, %,d lifecycles per round, %d rounds ===%n", THREADS,
                LIFECYCLES, ROUNDS);
        System.out.printf(Locale.ROOT, "product                        %7.1f lifecycles/s%n", productRate);
        System.out.printf(Locale.ROOT, "bare engine                    %7.1f lifecycles/s%n", bareRate);
        System.out.printf(Locale.ROOT, "bare engine, product's model   %7.1f lifecycles/s%n", bareVisitModelRate);
        System.out.printf(Locale.ROOT, "ratio product / bare engine: %.2f (target ≥ 0.75)%n", productRate / bareRate);
        System.out.printf(Locale.ROOT, "ratio bare engine on the product's model / bare engine: %.2f%n",
                bareVisitModelRate / bareRate);
        System.out.printf(Locale.ROOT, "ratio product / bare engine on the product's model: %.2f%n",
                productRate / bareVisitModelRate);
        printSteps("product", product);
        printSteps("bare engine", bare);
        printSteps("bare engine, product's model", bareVisitModel);
        printWrites("product", product);
        printWrites("bare engine", bare);
        printWrites("bare engine, product's model", bareVisitModel);
        pgbench();
        System.out.printf(Locale.ROOT, "Heap after the rounds (after a full collection): %s%n", heapAfterGc());
        if (Boolean.getBoolean("bench.statementOrigins")) {
            System.out.println("\nStatements by origin (whole run, both engines):");
            StatementCounter.topOrigins(60).forEach(System.out::println);
        }
        if (SOAK > 0) {
            soak();
        }
        bareEngine.close();
    }

    /** One visit request from filing to the host facility's acknowledgement, as the users would do it. */
    private void productLifecycle(int index, StepTimes times) {
        boolean fourEyes = index % FOUR_EYES_EVERY == 0;
        VisitRequestData data = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME,
                firstVisitDay.plusDays(index % 60), fourEyes ? "DE-GEHEIM" : "DE-VSV");
        long start = System.nanoTime();
        String reference = visitRequests.submit(data, "applicant.de").getReference();
        start = times.record("submit", start);
        tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        start = times.record("certify", start);
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.APPROVE, null, null, null, null);
        start = times.record("decide", start);
        if (fourEyes) {
            tasks.confirm(task(reference, "officer.jp2", VisitProcess.CONFIRM_DECISION), "officer.jp2", true, null);
            start = times.record("confirm", start);
        }
        tasks.acknowledge(task(reference, "facility.jp", VisitProcess.ACKNOWLEDGE_NOTICE), "facility.jp");
        times.record("acknowledge", start);
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No task " + key + " of " + reference + " for " + userId))
                .taskId();
    }

    /** The same shape on the bare engine: a start, then each user task found by business key and completed. */
    private void bareLifecycle(int index, StepTimes times) {
        boolean fourEyes = index % FOUR_EYES_EVERY == 0;
        String businessKey = "BARE-" + bareKeys.incrementAndGet();
        long start = System.nanoTime();
        runtimeService.startProcessInstanceByKey(fourEyes ? BARE_FOUR_EYES : BARE, businessKey);
        start = times.record("submit", start);
        for (String step : fourEyes ? List.of("certify", "decide", "confirm", "acknowledge")
                : List.of("certify", "decide", "acknowledge")) {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(step)
                    .singleResult();
            taskService.complete(task.getId());
            start = times.record(step, start);
        }
    }

    /**
     * The product's visit model on the bare engine, the product's steps replaced by {@link BareVisitSteps}: the
     * engine's own cost of the real model (its service steps, timers, four-eyes decision table, sub-process and
     * variables), without the product's domain, read models, audit or notifications. The start variables are those
     * the product sets ({@code VisitProcessVariables.atStart}); the tasks are found and completed as on the bare model.
     */
    private void bareVisitModelLifecycle(int index, StepTimes times) {
        boolean fourEyes = index % FOUR_EYES_EVERY == 0;
        String businessKey = "BARE-VR-" + bareKeys.incrementAndGet();
        LocalDate visitStart = firstVisitDay.plusDays(index % 60);
        // the names and the groups as the product writes them (VisitProcessVariables.atStart, CaseGroups)
        Map<String, Object> variables = ProcessValues.of(VisitProcess.RECURRING, false)
                .and(VisitProcess.VISIT_REFERENCE_LEVEL, fourEyes ? "SECRET" : "RESTRICTED")
                .and(VisitProcess.APPLICANT_USER_ID, "applicant.de")
                .and(VisitProcess.SENDING_AUTHORITY_GROUP, CaseGroups.authority("DE"))
                .and(VisitProcess.HOST_AUTHORITY_GROUP, CaseGroups.authority("JP"))
                .and(VisitProcess.HOST_FACILITY_GROUP, CaseGroups.organisation("JP-ORG"))
                .and(VisitProcess.DECISION_DUE_DATE, java.util.Date.from(visitStart.minusDays(5)
                        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .and(VisitProcess.VISIT_END, java.util.Date.from(visitStart.plusDays(2)
                        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .asMap();
        long start = System.nanoTime();
        runtimeService.startProcessInstanceByKey(BARE_VISIT_MODEL, businessKey, variables);
        start = times.record("submit", start);
        Map<String, Map<String, Object>> steps = new java.util.LinkedHashMap<>();
        steps.put(VisitProcess.CERTIFY_CLEARANCES, ProcessValues.of(VisitProcess.CERTIFICATION, "CERTIFIED").asMap());
        steps.put(VisitProcess.REVIEW_REQUEST, ProcessValues.of(VisitProcess.DECISION, "APPROVE")
                .and(VisitProcess.FIRST_DECISION_BY, "officer.jp1").asMap());
        if (fourEyes) {
            steps.put(VisitProcess.CONFIRM_DECISION, ProcessValues.of(VisitProcess.CONFIRMATION, "CONFIRMED").asMap());
        }
        steps.put(VisitProcess.ACKNOWLEDGE_NOTICE, Map.of());
        for (Map.Entry<String, Map<String, Object>> step : steps.entrySet()) {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(step.getKey()).singleResult();
            taskService.complete(task.getId(), step.getValue());
            start = times.record(STEP_NAMES.get(step.getKey()), start);
        }
    }

    private static final Map<String, String> STEP_NAMES = Map.of(VisitProcess.CERTIFY_CLEARANCES, "certify",
            VisitProcess.REVIEW_REQUEST, "decide", VisitProcess.CONFIRM_DECISION, "confirm",
            VisitProcess.ACKNOWLEDGE_NOTICE, "acknowledge");

    /** Camunda as it comes, on the product's database: full history, no job executor, its own connection pool. */
    private void startBareEngine() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(dataSource.getUrl());
        pool.setUsername(dataSource.getUsername());
        pool.setPassword(dataSource.getPassword());
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setDataSource(StatementCounter.counting(pool));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setBeans(Map.of("visitCaseSteps", new BareVisitSteps(),
                "fourEyesGuard", BareVisitSteps.NO_FOUR_EYES_GUARD));
        bareEngine = configuration.buildProcessEngine();
        runtimeService = bareEngine.getRuntimeService();
        taskService = bareEngine.getTaskService();
        bareEngine.getRepositoryService().createDeployment().name("lifecycle benchmark")
                .addModelInstance(BARE + ".bpmn", bareModel(BARE, List.of("certify", "decide", "acknowledge")))
                .addModelInstance(BARE_FOUR_EYES + ".bpmn",
                        bareModel(BARE_FOUR_EYES, List.of("certify", "decide", "confirm", "acknowledge")))
                .addString(BARE_VISIT_MODEL + ".bpmn", productVisitModel())
                .deploy();
    }

    /** {@code processes/visit-request.bpmn} as the product deploys it, under another key (same decision table). */
    private static String productVisitModel() {
        try (var in = LifecycleBenchmark.class.getResourceAsStream("/bpmn/visit-request.bpmn")) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return xml.replace("\"" + VisitProcess.PROCESS_KEY + "\"", "\"" + BARE_VISIT_MODEL + "\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BpmnModelInstance bareModel(String key, List<String> userTasks) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180)
                .startEvent();
        for (String task : userTasks) {
            flow = flow.userTask(task).camundaCandidateGroups("bench");
        }
        return flow.endEvent().done();
    }

    interface Lifecycle {
        void run(int index, StepTimes times);
    }

    private Round run(String what, int lifecycles, Lifecycle lifecycle) throws Exception {
        Map<String, Object> before = databaseCounters();
        long statementsBefore = StatementCounter.count();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        StepTimes times = new StepTimes();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < lifecycles; i = next.getAndIncrement()) {
                    lifecycle.run(i, times);
                }
                cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double statements = (StatementCounter.count() - statementsBefore) / (double) lifecycles;
        Map<String, Object> after = databaseCounters();
        Round round = new Round(what, lifecycles, seconds, times, Writes.between(before, after, lifecycles,
                statements, cpuNanos.get() / 1e6 / lifecycles));
        System.out.printf(Locale.ROOT, "%-24s %,6d lifecycles in %6.1f s: %6.1f/s%n", what, lifecycles, seconds,
                round.perSecond());
        return round;
    }

    private Map<String, Object> databaseCounters() throws InterruptedException {
        // sessions report their counters to the statistics at most once a second, when idle
        Thread.sleep(1_500);
        return jdbc.queryForMap("select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_returned, tup_fetched"
                + " from pg_stat_database where datname = current_database()");
    }

    private void printSteps(String what, List<Round> rounds) {
        System.out.printf(Locale.ROOT, "%n%s: step latency (ms, %d threads)%n", what, THREADS);
        System.out.printf(Locale.ROOT, "%-12s %8s %8s %8s%n", "step", "count", "p50", "p95");
        StepTimes all = new StepTimes();
        rounds.forEach(r -> all.addAll(r.times()));
        for (String step : STEPS) {
            long[] nanos = all.of(step);
            if (nanos.length > 0) {
                System.out.printf(Locale.ROOT, "%-12s %8d %8.1f %8.1f%n", step, nanos.length,
                        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6);
            }
        }
    }

    private void printWrites(String what, List<Round> rounds) {
        Writes w = rounds.get(rounds.size() - 1).writes();
        System.out.printf(Locale.ROOT, "%s per lifecycle (last round): %.1f ms CPU in the calling threads, %.1f SQL"
                + " statements, %.1f commits, %.1f rows inserted, %.1f updated, %.1f deleted%n", what, w.cpuMillis(),
                w.statements(), w.commits(), w.inserted(), w.updated(), w.deleted());
    }

    /** pgbench's default (TPC-B-like) transaction on the same server with as many clients: the server's own pace. */
    private void pgbench() throws IOException, InterruptedException {
        if (!commandExists("pgbench")) {
            System.out.println("pgbench not installed: left out");
            return;
        }
        String url = System.getenv().getOrDefault("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        Matcher server = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/").matcher(url);
        if (!server.find()) {
            System.out.println("pgbench: BENCH_PG_URL not understood, left out");
            return;
        }
        String host = server.group(1);
        String port = server.group(2) == null ? "5432" : server.group(2);
        String user = System.getenv().getOrDefault("BENCH_PG_USER", "postgres");
        jdbc.execute("drop database if exists gsoia_bench_pgbench");
        jdbc.execute("create database gsoia_bench_pgbench");
        exec("pgbench", "-h", host, "-p", port, "-U", user, "-i", "-q", "-s", "10", "gsoia_bench_pgbench");
        String out = exec("pgbench", "-h", host, "-p", port, "-U", user, "-c", Integer.toString(THREADS), "-j", "2",
                "-T", "20", "-n", "gsoia_bench_pgbench");
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        System.out.printf(Locale.ROOT, "%npgbench (TPC-B-like, scale 10, %d clients, 20 s): %s transactions/s%n",
                THREADS, tps.find() ? tps.group(1) : "?");
    }

    private static boolean commandExists(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** Heap after GC every 1,000 product lifecycles: it must stay flat (no per-case state kept in memory). */
    private void soak() throws Exception {
        System.out.printf(Locale.ROOT, "%nSoak: %,d product lifecycles, heap after a full collection every 1,000%n",
                SOAK);
        for (int done = 0; done < SOAK; done += 1_000) {
            run("soak " + (done + 1_000), Math.min(1_000, SOAK - done), this::productLifecycle);
            System.out.printf(Locale.ROOT, "  after %,6d: %s%n", done + 1_000, heapAfterGc());
        }
    }

    private static String heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "%.0f MB used, %.0f MB committed, max %.0f MB", heap.getUsed() / 1048576.0,
                heap.getCommitted() / 1048576.0, heap.getMax() / 1048576.0);
    }

    record Round(String what, int lifecycles, double seconds, StepTimes times, Writes writes) {
        double perSecond() {
            return lifecycles / seconds;
        }
    }

    /** What one lifecycle cost on average: CPU of the calling threads, statements sent, commits and rows. */
    record Writes(double commits, double inserted, double updated, double deleted, double statements,
                  double cpuMillis) {
        static Writes between(Map<String, Object> before, Map<String, Object> after, int lifecycles,
                              double statements, double cpuMillis) {
            return new Writes(delta(before, after, "xact_commit", lifecycles),
                    delta(before, after, "tup_inserted", lifecycles), delta(before, after, "tup_updated", lifecycles),
                    delta(before, after, "tup_deleted", lifecycles), statements, cpuMillis);
        }

        private static double delta(Map<String, Object> before, Map<String, Object> after, String column, int n) {
            return (((Number) after.get(column)).longValue() - ((Number) before.get(column)).longValue()) / (double) n;
        }
    }

    /** Step durations from several threads. */
    static final class StepTimes {
        private final Map<String, List<Long>> nanos = new java.util.concurrent.ConcurrentHashMap<>();

        long record(String step, long since) {
            long now = System.nanoTime();
            nanos.computeIfAbsent(step, s -> java.util.Collections.synchronizedList(new ArrayList<>())).add(now - since);
            return now;
        }

        void addAll(StepTimes other) {
            other.nanos.forEach((step, list) -> nanos.computeIfAbsent(step,
                    s -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(list));
        }

        long[] of(String step) {
            long[] sorted = nanos.getOrDefault(step, List.of()).stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }
    }
}

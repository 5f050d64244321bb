package org.gsoia.workflow.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.gsoia.workflow.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One life of the product in the crash harness ({@code tools/crash-harness.sh}): checks the database the previous,
 * killed life left ({@link CrashInvariants#afterCrash}), starts the whole product on it (job executor on, demo cast
 * for the users), lets due timers fire and checks again ({@link CrashInvariants#afterRestart}), then in mode
 * {@code load} runs {@link CrashWorkload} until it is killed; in mode {@code check} it stops there, exiting 1 when an
 * invariant failed. PostgreSQL as in the benchmarks ({@code BENCH_PG_URL}, {@code BENCH_PG_USER},
 * {@code BENCH_PG_PASSWORD}).
 *
 * <pre>
 * java -cp … org.gsoia.workflow.reliability.CrashLoad load|check --database gsoia_crash --journal target/crash/journal
 *   [--fresh] [--port 8091] [--threads 4] [--grace 120] [--lock-seconds 30] [--hold 0]
 * </pre>
 */
public final class CrashLoad {

    private CrashLoad() {
    }

    public static void main(String[] args) throws Exception {
        // devtools (on the test class path) would start the application a second time in a class loader of its own
        System.setProperty("spring.devtools.restart.enabled", "false");
        String mode = args.length > 0 ? args[0] : "check";
        Map<String, String> options = options(args);
        String server = System.getenv().getOrDefault("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getenv().getOrDefault("BENCH_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_PG_PASSWORD", "");
        String database = options.getOrDefault("database", "gsoia_crash");
        Path journal = Path.of(options.getOrDefault("journal", "target/crash/journal"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        long grace = Long.parseLong(options.getOrDefault("grace", "120"));
        boolean fresh = options.containsKey("fresh");
        if (fresh) {
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
                admin.createStatement().execute("drop database if exists " + database);
                admin.createStatement().execute("create database " + database);
            }
        }

        int failures = 0;
        if (!fresh) {
            try (SingleConnectionDataSource bare = new SingleConnectionDataSource(server + database, user, password,
                    true)) {
                failures += new CrashInvariants(new JdbcTemplate(bare), journal, "after crash").afterCrash()
                        .failures();
            }
        }

        System.setProperty("spring.datasource.url", server + database);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", password);
        System.setProperty("server.port", options.getOrDefault("port", "8091"));
        System.setProperty("gsoia.demo", "false");
        System.setProperty("gsoia.demo.history", "false");
        // the demo's cases are filed before the load starts: they are filed on a clock that travels through the past
        System.setProperty("gsoia.demo.seed-in-background", "false");
        System.setProperty("gsoia.notifications.mail", "false");
        // a job the killed JVM had locked is taken up again when its lock expires (Camunda's default: 5 minutes)
        System.setProperty("camunda.bpm.job-execution.lock-time-in-millis",
                Long.toString(Long.parseLong(options.getOrDefault("lock-seconds", "30")) * 1000));
        long starting = System.nanoTime();
        Instant restartedAt = Instant.now();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("postgres", "demo").run();
        System.out.printf(Locale.ROOT, "PRODUCT READY in %.1f s%n", (System.nanoTime() - starting) / 1e9);

        failures += new CrashInvariants(context.getBean(JdbcTemplate.class), journal, "after restart")
                .afterRestart(context, restartedAt, grace).failures();
        System.out.println("CHECK DONE failures=" + failures);
        if (mode.equals("load")) {
            new CrashWorkload(context, journal, threads).run();
        } else {
            // the restore drill asks the running product for its readiness meanwhile
            Thread.sleep(Long.parseLong(options.getOrDefault("hold", "0")) * 1000);
            int exit = SpringApplication.exit(context, () -> 0);
            System.exit(failures > 0 ? 1 : exit);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(args[i].substring(2), flag ? "" : args[++i]);
            }
        }
        return options;
    }
}

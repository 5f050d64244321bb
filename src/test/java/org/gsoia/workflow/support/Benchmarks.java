package org.gsoia.workflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the benchmarks share (see {@code docs/benchmarks.md}): a fresh database of their own on the PostgreSQL server
 * given by {@code BENCH_PG_URL} (default: the local server), and p50/p95/p99 of a call printed as one table row.
 */
public final class Benchmarks {

    public static final int WARM_UP = 50;
    public static final int RUNS = 300;

    private Benchmarks() {
    }

    /** Drops and creates the database and points the application at it. */
    public static void freshDatabase(DynamicPropertyRegistry registry, String name) throws SQLException {
        String server = System.getenv().getOrDefault("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getenv().getOrDefault("BENCH_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_PG_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
            admin.createStatement().execute("drop database if exists " + name);
            admin.createStatement().execute("create database " + name);
        }
        registry.add("spring.datasource.url", () -> server + name);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    /** Times {@link #RUNS} calls after {@link #WARM_UP} and prints what, rows, p50, p95 and p99 in milliseconds. */
    public static void printRow(String what, IntSupplier call) {
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = call.getAsInt();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-52s %8d %8.2f %8.2f %8.2f%n", what, rows, nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6, nanos[(int) (RUNS * 0.99)] / 1e6);
    }
}

package org.gsoia.workflow.clearance;

import java.sql.SQLException;
import java.util.Locale;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.support.Benchmarks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The facility register screen's queries on PostgreSQL with 10,000 facilities per party (configurable): generates
 * them by SQL into its own database on the server given by {@code BENCH_PG_URL} (default: the local server), then
 * times a page of 50 and its count as the register screen asks for them, and the home page's summaries, and prints
 * p50/p95/p99. Not part of the test suite (its name matches no test pattern); run it as {@code docs/benchmarks.md}
 * says.
 */
@SpringBootTest(properties = {"gsoia.demo=false", "camunda.bpm.job-execution.enabled=false",
        "vaadin.launch-browser=false"})
@ActiveProfiles("postgres")
class FacilityRegisterBenchmark {

    static final int PER_PARTY = Integer.getInteger("bench.facilities", 10_000);
    
    @Autowired FacilityRegister register;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        Benchmarks.freshDatabase(registry, "gsoia_bench_register");
    }

    @Test
    void registerPagesAndSummaries() {
        long started = System.nanoTime();
        jdbc.execute(("""
                insert into facility (id, organisation_id, name, name_en, name_latin, city, fsc_level_id, fsc_status,
                  fsc_expires_on, fsc_issuing_authority_id, security_officer, version)
                select 'BENCH-' || o || '-' || i, case when o = 0 then 'DE-NORDWERK' else 'JP-SAKURA' end,
                  case when o = 0 then 'Nordwerk Standort ' || i else 'さくら航空宇宙株式会社 第' || i || '工場' end,
                  case when o = 0 then null else 'Sakura Aerospace Plant ' || i end,
                  case when o = 0 then null else 'Sakura Kōkū Uchū Kabushiki-gaisha, Dai ' || i || ' Kōjō' end,
                  case when o = 0 then 'Bremen' else 'Nagoya' end,
                  case when o = 0 then 'DE-VSV' else 'JP-HI' end,
                  (array['VALID','VALID','VALID','IN_PROCESS','SUSPENDED','REVOKED','EXPIRED'])[1 + i % 7],
                  date '2027-01-01' + (i % 1500), case when o = 0 then 'DE-BMWE' else 'JP-ATLA' end, 'Officer ' || i, 0
                from generate_series(1, {n}) i cross join generate_series(0, 1) o""")
                .replace("{n}", Integer.toString(PER_PARTY)));
        jdbc.execute("analyze facility");
        System.out.printf(Locale.ROOT, "%nGenerated %,d facilities for each party in %.1f s%n", PER_PARTY,
                (System.nanoTime() - started) / 1e9);

        System.out.printf(Locale.ROOT, "%nRegister screen, %d runs each after %d warm-up runs:%n", Benchmarks.RUNS,
                Benchmarks.WARM_UP);
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %8s%n", "what", "rows", "p50 ms", "p95 ms", "p99 ms");
        FacilityRegister.Order byParty = FacilityRegister.Order.PARTY_AND_FACILITY;
        Benchmarks.printRow("first page (50), both parties, German reader",
                () -> register.page(null, null, Locale.GERMAN, byParty, false, 0, 50).size());
        Benchmarks.printRow("its count", () -> (int) register.count(null, null));
        Benchmarks.printRow("first page, Japan, English reader by name",
                () -> register.page("JP", null, Locale.ENGLISH, FacilityRegister.Order.FACILITY, false, 0, 50).size());
        Benchmarks.printRow("first page by expiry, descending",
                () -> register.page(null, null, Locale.GERMAN, FacilityRegister.Order.EXPIRES, true, 0, 50).size());
        Benchmarks.printRow("page 101 (offset 5,000)",
                () -> register.page(null, null, Locale.GERMAN, byParty, false, 5_000, 50).size());
        Benchmarks.printRow("search \"kōjō\" (romanisation), first page",
                () -> register.page(null, "kōjō", Locale.GERMAN, byParty, false, 0, 50).size());
        Benchmarks.printRow("search \"kōjō\", count", () -> (int) register.count(null, "kōjō"));
        Benchmarks.printRow("search \"standort 4711\", first page",
                () -> register.page(null, "standort 4711", Locale.GERMAN, byParty, false, 0, 50).size());
        Benchmarks.printRow("home page: summaries of both parties", () -> register.summaryByParty().size());
    }

}

package org.gsoia.workflow.visit;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.ClearanceChange;
import org.gsoia.workflow.clearance.FacilityClearance;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.support.Benchmarks;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A host facility's suspension reaching every visit of it (R-FC-06, target: 1,000 dependent cases in ≤ 5 s), on
 * PostgreSQL with 10,000 facilities per party in the register: files {@code bench.visits} (1,000) requests to one
 * Japanese facility through the real services, certifies them, approves and acknowledges every fifth, then times the
 * one register change that suspends the facility, with its fan-out to every request and the change notice to the
 * other party, in one transaction. Not part of the test suite; run it as {@code docs/benchmarks.md} says.
 */
@SpringBootTest(properties = {"gsoia.demo=false", "camunda.bpm.job-execution.enabled=false",
        "vaadin.launch-browser=false"})
@ActiveProfiles({"postgres", "demo"})
class ClearanceFanOutBenchmark {

    static final int FACILITIES = Integer.getInteger("bench.facilities", 10_000);
    static final int VISITS = Integer.getInteger("bench.visits", 1_000);
    static final String HOST = "JP-BENCH-HOST";

    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired FacilityClearances clearances;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        Benchmarks.freshDatabase(registry, "gsoia_bench_fanout");
        registry.add("gsoia.demo.history", () -> "false");
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow().taskId();
    }

    @Test
    void suspensionReachesEveryDependentVisit() {
        jdbc.execute(("""
                insert into facility (id, organisation_id, name, city, fsc_level_id, fsc_status, fsc_expires_on,
                  fsc_issuing_authority_id, version)
                select 'BENCH-' || o || '-' || i, case when o = 0 then 'DE-NORDWERK' else 'JP-SAKURA' end,
                  'Bench facility ' || o || '-' || i, 'Bench', case when o = 0 then 'DE-VSV' else 'JP-HI' end,
                  'VALID', date '2030-01-01', case when o = 0 then 'DE-BMWE' else 'JP-ATLA' end, 0
                from generate_series(1, {n}) i cross join generate_series(0, 1) o""")
                .replace("{n}", Integer.toString(FACILITIES)));
        jdbc.update("insert into facility (id, organisation_id, name, city, fsc_level_id, fsc_status, fsc_expires_on,"
                + " fsc_storage_level_id, fsc_issuing_authority_id, security_officer, deputy_security_officer, version)"
                + " values (?, 'JP-MINATO', '湊重工業株式会社 ベンチ工場', 'Kobe', 'JP-GOKUHI', 'VALID', ?, 'JP-GOKUHI',"
                + " 'JP-ATLA', '山本 翔', '井上 陽子', 0)", HOST, LocalDate.now().plusYears(5));
        jdbc.execute("analyze facility");

        long started = System.nanoTime();
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(20);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            VisitRequestData sample = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start.plusDays(i % 60),
                    "DE-VSV");
            VisitRequestData toHost = new VisitRequestData(sample.type(), sample.requestingFacilityId(), HOST,
                    sample.programmeReference(), sample.purpose(), sample.startDate(), sample.endDate(),
                    sample.levelId(), sample.handCarry(), null, null, sample.sites(), sample.visitors())
                    .writtenIn("en");
            String reference = visitRequests.submit(toHost, "applicant.de").getReference();
            tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true,
                    null);
            if (i % 5 == 0) {
                tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                        HostAuthorityDecision.APPROVE, null, null, null, null);
                tasks.acknowledge(task(reference, "facility.jp", VisitProcess.ACKNOWLEDGE_NOTICE), "facility.jp");
            }
            references.add(reference);
        }
        System.out.printf(Locale.ROOT, "%nFiled %,d visit requests to %s (every fifth approved) in %.1f s%n", VISITS,
                HOST, (System.nanoTime() - started) / 1e9);

        // statistics as a running database has them (autovacuum would have analysed the grown tables by now)
        jdbc.execute("analyze");
        FacilityClearance now = clearances.clearance(HOST, "security.jp1").orElseThrow();
        long suspend = System.nanoTime();
        clearances.change(HOST, "security.jp1", now.version(), new ClearanceChange(FscStatus.SUSPENDED, now.levelId(),
                now.storageLevelId(), now.expiresOn(), null, now.issuingAuthorityId(), now.securityOfficer(),
                now.deputySecurityOfficer(), "ATLA-BENCH-1", "Benchmark suspension"));
        double seconds = (System.nanoTime() - suspend) / 1e9;
        Integer suspended = jdbc.queryForObject("select count(*) from visit_request where host_facility_id = ?"
                + " and status = 'SUSPENDED'", Integer.class, HOST);
        Integer informed = jdbc.queryForObject("select count(*) from visit_request where host_facility_id = ?"
                + " and clearance_changed_to = 'SUSPENDED'", Integer.class, HOST);
        Integer newTasks = jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ in"
                + " ('reconsiderAfterClearanceChange', 'reviewSuspension')", Integer.class);
        Integer notices = jdbc.queryForObject("select count(*) from fsc_change_notice where facility_id = ?",
                Integer.class, HOST);
        System.out.printf(Locale.ROOT, "%nSuspension of %s with %,d dependent visits: %.2f s (target ≤ 5 s)%n", HOST,
                references.size(), seconds);
        System.out.printf(Locale.ROOT, "  requests told: %,d; approvals suspended: %,d; host-authority tasks: %,d;"
                + " change notices: %d%n", informed, suspended, newTasks, notices);
    }
}

package org.gsoia.workflow.visit.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.support.Benchmarks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "My requests" and {@code GET /api/visit-requests} on PostgreSQL for an organisation with 100,000 requests (and as
 * many of another organisation, each with a site and two visitors): generates the rows by SQL into its own database
 * on the PostgreSQL server given by {@code BENCH_PG_URL} (default: the local server), then times the first page (50
 * requests, newest first) at the service layer and through the REST API (MockMvc: security with HTTP Basic, JSON)
 * and prints p50/p95/p99. Not part of the test suite (its name matches no test pattern); run it as
 * {@code docs/benchmarks.md} says.
 */
@SpringBootTest(properties = {"gsoia.demo=false", "camunda.bpm.job-execution.enabled=false",
        "vaadin.launch-browser=false"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class VisitListBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
        static final String APPLICANT = "bench.applicant.de";
    static final String PASSWORD = "bench-password";

    @Autowired VisitRequests visitRequests;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        Benchmarks.freshDatabase(registry, "gsoia_bench_visits");
    }

    @Test
    void firstPageOfAnOrganisationsRequests() throws Exception {
        long started = System.nanoTime();
        generate();
        System.out.printf(Locale.ROOT, "%nGenerated %,d requests for each of two organisations (one site and two "
                + "visitors each) in %.1f s%n", REQUESTS, (System.nanoTime() - started) / 1e9);

        System.out.printf(Locale.ROOT, "%nFirst page (50 requests, newest first) of %s's organisation, %d runs each "
                + "after %d warm-up runs:%n", APPLICANT, Benchmarks.RUNS, Benchmarks.WARM_UP);
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %8s%n", "what", "rows", "p50 ms", "p95 ms", "p99 ms");
        Benchmarks.printRow("service: first page", () -> visitRequests.ofOwnOrganisation(APPLICANT, null, 0, 50).size());
        Benchmarks.printRow("service: first page of status APPROVED",
                () -> visitRequests.ofOwnOrganisation(APPLICANT, VisitStatus.APPROVED, 0, 50).size());
        Benchmarks.printRow("service: page 101 (offset 5,000)",
                () -> visitRequests.ofOwnOrganisation(APPLICANT, null, 5_000, 50).size());
        Benchmarks.printRow("REST API: GET /api/visit-requests", () -> api(""));
        Benchmarks.printRow("REST API: ...?status=IN_REVIEW", () -> api("?status=IN_REVIEW"));
    }

    private int api(String query) {
        try {
            String body = mvc.perform(get("/api/visit-requests" + query).with(httpBasic(APPLICANT, PASSWORD)))
                    .andReturn().getResponse().getContentAsString();
            return body.split("\"reference\"", -1).length - 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    private void generate() {
        if (identityService.createUserQuery().userId(APPLICANT).count() == 0) {
            User applicant = identityService.newUser(APPLICANT);
            applicant.setFirstName("Bench");
            applicant.setLastName("Applicant");
            applicant.setPassword(PASSWORD);
            identityService.saveUser(applicant);
            for (String groupId : List.of("applicant", "org-de-nordwerk")) {
                if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
                    Group group = identityService.newGroup(groupId);
                    group.setName(groupId);
                    identityService.saveGroup(group);
                }
                identityService.createMembership(APPLICANT, groupId);
            }
            jdbc.update("insert into user_profile (user_id, organisation_id, preferred_locale) values (?, ?, 'en')",
                    APPLICANT, "DE-NORDWERK");
        }
        String n = Integer.toString(REQUESTS);
        List.of("""
                insert into visit_request (reference, agreement_id, visit_type, status, sending_party_code,
                  host_party_code, applicant_user_id, applicant_organisation_id, requesting_facility_id,
                  host_facility_id, purpose, start_date, end_date, level_id, hand_carry, submitted_at,
                  decision_due_date, escalated, version)
                select case when o = 0 then 'VR-2025-' else 'VR-2024-' end || lpad(i::text, 6, '0'),
                  'JP-DE-2021', 'ONE_TIME',
                  (array['IN_CERTIFICATION','IN_REVIEW','APPROVED','COMPLETED','REJECTED','CANCELLED',
                         'AWAITING_ACKNOWLEDGEMENT','INFORMATION_REQUESTED'])[1 + i % 8],
                  case when o = 0 then 'DE' else 'JP' end, case when o = 0 then 'JP' else 'DE' end,
                  'applicant', case when o = 0 then 'DE-NORDWERK' else 'JP-SAKURA' end,
                  case when o = 0 then 'DE-NORDWERK-BRE' else 'JP-SAKURA-NGO' end,
                  case when o = 0 then 'JP-MINATO-YOK' else 'DE-RHEINTAL-FDH' end,
                  'Benchmark visit ' || i, date '2024-01-01' + (i % 900), date '2024-01-03' + (i % 900),
                  case when o = 0 then 'DE-VSV' else 'JP-HI' end, false,
                  timestamp '2023-01-01' + i * interval '10 minutes', date '2023-12-20' + (i % 900), i % 37 = 0, 0
                from generate_series(1, {n}) i cross join generate_series(0, 1) o""",
                """
                insert into visit_site (visit_request_id, position, name, address, contact_name, contact_phone,
                  contact_email)
                select id, 0, 'Site of ' || reference, '1-1 Minatomirai, Yokohama', 'Sho Yamamoto', '+81 45 000 0000',
                  'security@minato.invalid' from visit_request""",
                """
                insert into visit_visitor (visit_request_id, position_in_list, name_native, surname_passport,
                  given_names_passport, date_of_birth, place_of_birth, nationality, passport_number, job_title,
                  employer, clearance_level_id, clearance_issued_by, clearance_expires_on, consent_given, certified)
                select id, p, 'Anna Becker', 'BECKER', 'ANNA', date '1985-04-12', 'Bremen', 'DEU',
                  'C' || lpad((id * 2 + p)::text, 8, '0'), 'Engineer', 'Nordwerk', 'DE-VSV', 'BMWE',
                  date '2030-01-01', true, true
                from visit_request cross join generate_series(0, 1) p""",
                "analyze visit_request", "analyze visit_site", "analyze visit_visitor")
                .forEach(sql -> jdbc.execute(sql.replace("{n}", n)));
    }
}

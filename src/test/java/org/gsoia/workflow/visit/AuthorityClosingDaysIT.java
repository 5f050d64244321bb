package org.gsoia.workflow.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.demo.DemoClock;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines counted in the host authority's working days skip the days the authority is closed, not only public
 * holidays: Japan's administrative organs from 29 December to 3 January (行政機関の休日に関する法律), German federal
 * authorities on 24 and 31 December (collective agreement). The product as deployed, on PostgreSQL, with the seeded
 * closing periods. Expected dates are counted by hand; the comments show the count (2027-01-01 is a Friday).
 */
@GsoiaSpringTest
class AuthorityClosingDaysIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<LocalDate> JAPAN_YEAR_END = Set.of(date("2026-12-29"), date("2026-12-30"),
            date("2026-12-31"), date("2027-01-01"), date("2027-01-02"), date("2027-01-03"));

    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired DemoClock demoClock;
    @Autowired JdbcTemplate jdbc;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private LocalDate decisionDue(String hostParty, LocalDate visitStart) {
        return leadTimes.decisionDueDate(agreements.currentId(), hostParty, visitStart);
    }

    @Test
    void aJapaneseDecisionIsNotDueWhileTheAdministrativeOrgansAreClosed() {
        // Fri 8 Jan 2027, 5 working days back: Thu 7=1, Wed 6=2, Tue 5=3, Mon 4 Jan=4;
        // Sun 3 Jan to Tue 29 Dec closed (1 Jan also New Year's Day); Mon 28 Dec=5
        LocalDate due = decisionDue("JP", date("2027-01-08"));

        assertThat(due).as("the issue's example").isNotEqualTo(date("2026-12-31")).isNotIn(JAPAN_YEAR_END)
                .isEqualTo(date("2026-12-28"));
    }

    @Test
    void aGermanDecisionIsNeverDueOnChristmasEveOrNewYearsEve() {
        // Mon 4 Jan 2027 back: 31 Dec closed, Wed 30=1, Tue 29=2, Mon 28=3; 24 Dec closed, 25/26 holidays,
        // Wed 23=4, Tue 22 Dec=5
        assertThat(decisionDue("DE", date("2027-01-04"))).isEqualTo(date("2026-12-22"));
        // Fri 8 Jan 2027 back: 7=1, 6=2 (Epiphany is not federal), 5=3, 4=4; 1 Jan holiday, 31 Dec closed; Wed 30 Dec=5
        assertThat(decisionDue("DE", date("2027-01-08"))).isEqualTo(date("2026-12-30"));

        List<LocalDate> dueOnAClosedDay = new ArrayList<>();
        for (LocalDate start = date("2026-12-01"); start.isBefore(date("2028-02-01")); start = start.plusDays(1)) {
            LocalDate due = decisionDue("DE", start);
            if (due.getMonthValue() == 12 && (due.getDayOfMonth() == 24 || due.getDayOfMonth() == 31)) {
                dueOnAClosedDay.add(start);
            }
        }
        assertThat(dueOnAClosedDay).as("visit starts whose decision falls due on 24 or 31 December").isEmpty();
    }

    @Test
    void theEarliestVisitDateSkipsTheClosingDaysOfTheHost() {
        // Thu 10 Dec 2026, 15 working days. Japan: 11 Dec=1, 14-18=2..6, 21-25=7..11, 28=12; 29 Dec-3 Jan closed;
        // Mon 4 Jan=13, 5=14, Wed 6 Jan 2027=15
        assertThat(earliestOneTimeVisit("JP", ZonedDateTime.of(2026, 12, 10, 9, 0, 0, 0, TOKYO)))
                .isEqualTo(date("2027-01-06"));
        // Germany: 11 Dec=1, 14-18=2..6, 21-23=7..9; 24 closed, 25/26 holidays; 28-30=10..12; 31 closed, 1 Jan holiday;
        // 4 Jan=13, 5=14, Wed 6 Jan 2027=15
        assertThat(earliestOneTimeVisit("DE", ZonedDateTime.of(2026, 12, 10, 9, 0, 0, 0, BERLIN)))
                .isEqualTo(date("2027-01-06"));
    }

    @Test
    void theEscalationTimerRunsOutAtTheEndOfTheLastDayTheJapaneseAuthorityIsOpen() {
        String reference = submittedAndCertifiedOn(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, TOKYO),
                VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, date("2027-01-08"), "DE-GEHEIM"));

        assertThat(jdbc.queryForObject("select decision_due_date from visit_request where reference = ?",
                LocalDate.class, reference)).isEqualTo(date("2026-12-28"));
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        Job decisionDue = managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId("decisionDue").singleResult();
        // midnight between Mon 28 and Tue 29 December in Tokyo
        assertThat(decisionDue.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-28T15:00:00Z"));
    }

    private LocalDate earliestOneTimeVisit(String hostParty, ZonedDateTime now) {
        LocalDate[] earliest = new LocalDate[1];
        demoClock.travel(() -> {
            demoClock.setTo(now.toInstant());
            earliest[0] = leadTimes.earliestVisitDate(agreements.currentId(), hostParty, VisitType.ONE_TIME);
        });
        return earliest[0];
    }

    private String submittedAndCertifiedOn(ZonedDateTime now, VisitRequestData data) {
        String[] reference = new String[1];
        demoClock.travel(() -> {
            demoClock.setTo(now.toInstant());
            reference[0] = visitRequests.submit(data, "applicant.de").getReference();
            String certification = tasks.openTasksOf(reference[0], "officer.de1").stream()
                    .filter(task -> task.taskKey().equals("certifyClearances")).findFirst().orElseThrow().taskId();
            tasks.certify(certification, "officer.de1", true, null);
        });
        return reference[0];
    }
}

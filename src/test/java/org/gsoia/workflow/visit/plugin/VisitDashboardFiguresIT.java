package org.gsoia.workflow.visit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gsoia.workflow.metrics.AgeBucket;
import org.gsoia.workflow.metrics.CaseListKind;
import org.gsoia.workflow.metrics.CaseRow;
import org.gsoia.workflow.metrics.Dashboard;
import org.gsoia.workflow.metrics.DashboardFilter;
import org.gsoia.workflow.metrics.Dashboards;
import org.gsoia.workflow.metrics.Period;
import org.gsoia.workflow.support.EmbeddedPostgresConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures on a real PostgreSQL against a fixture of cases with known timestamps; every expected
 * value is worked out by hand in the comments. "Today" is Friday 13 March 2026; the 4-week period runs from Monday
 * 16 February to Sunday 15 March. Japanese holidays in it: 11 Feb (before), 23 Feb; no German ones.
 */
class VisitDashboardFiguresIT {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 13, 12, 0);
    static EmbeddedPostgres postgres;
    static Dashboards dashboards;

    @BeforeAll
    static void fixture() throws Exception {
        postgres = EmbeddedPostgresConfig.start();
        DashboardDatabase db = new DashboardDatabase(postgres.getPostgresDatabase());
        db.migrate();
        // decided in the period; time to decision in days in brackets
        db.visitCase("D1", "JP", at(2, 16, 8), at(2, 18, 8), day(2, 20), "REJECT", at(2, 18, 8), false, day(3, 10)); // [2]
        db.visitCase("D2", "JP", at(2, 17, 0), null, day(2, 20), "APPROVE", at(2, 21, 0), true, day(3, 2));        // [4] late
        db.visitCase("D3", "DE", at(2, 20, 12), at(2, 25, 0), day(3, 1), "APPROVE", at(2, 21, 0), false, day(2, 21)); // [0.5] after lead time
        db.visitCase("D4", "DE", at(3, 2, 0), null, day(3, 11), "APPROVE_WITH_CONDITIONS", at(3, 12, 0), true, day(3, 20)); // [10] late
        db.visitCase("D5", "JP", at(1, 30, 0), at(2, 16, 0), day(2, 16), "REJECT", at(2, 16, 0), false, day(3, 2)); // [17] on the due date
        // not decided in the period
        db.visitCase("N1", "DE", at(2, 1, 0), at(2, 12, 0), day(2, 9), "APPROVE", at(2, 10, 0), false, day(2, 12));
        db.visitCase("N2", "JP", at(3, 3, 0), null, day(3, 12), "REQUEST_INFORMATION", at(3, 5, 0), false, day(3, 19)); // overdue
        db.visitCase("N3", "DE", at(3, 9, 9), null, day(3, 25), null, null, false, day(4, 2));
        db.visitCase("N4", "JP", at(1, 20, 0), null, day(3, 10), null, null, true, day(3, 17)); // overdue

        // completed tasks in the period (hours): certify 24, 12, 72; review 24, 168, 84
        db.task("t1", "D1", "certifyClearances", at(2, 16, 8), at(2, 17, 8), "completed", "authority-de");
        db.task("t2", "D2", "certifyClearances", at(2, 17, 0), at(2, 17, 12), "completed", "authority-de");
        db.task("t3", "D4", "certifyClearances", at(3, 2, 0), at(3, 5, 0), "completed", "authority-jp");
        db.task("t4", "D1", "reviewRequest", at(2, 17, 8), at(2, 18, 8), "completed", "authority-jp");
        db.task("t5", "D4", "reviewRequest", at(3, 5, 0), at(3, 12, 0), "completed", "authority-de");
        db.task("t6", "D2", "reviewRequest", at(2, 17, 12), at(2, 21, 0), "completed", "authority-jp");
        // outside the period, or cancelled: not counted
        db.task("t7", "N1", "certifyClearances", at(2, 1, 0), at(2, 5, 0), "completed", "authority-jp");
        db.task("t8", "N2", "reviewRequest", at(2, 16, 0), at(3, 29, 0), "deleted", "authority-jp");
        // open tasks: the backlog
        db.task("o1", "N2", "provideInformation", at(3, 5, 0), null, null, "org-de-nordwerk");
        db.task("o2", "N3", "certifyClearances", at(3, 9, 9), null, null, "authority-jp");
        db.task("o3", "N4", "reviewRequest", at(1, 21, 0), null, null, "authority-jp");
        db.task("o4", "N4", "handleEscalation", at(3, 11, 0), null, null, "authority-jp");
        db.task("o5", "D4", "acknowledgeNotice", at(3, 12, 0), null, null, "org-de-rheintal");
        dashboards = db.dashboards(NOW);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void countsOpenStartedClosedAndOverdue() {
        Dashboard d = dashboards.compute(DashboardFilter.of(Period.WEEKS_4));
        assertThat(d.firstDay()).isEqualTo(day(2, 16));
        assertThat(d.openCases()).isEqualTo(5);          // D2, D4, N2, N3, N4
        assertThat(d.overdueNow()).isEqualTo(2);         // N2 (due 12 Mar), N4 (due 10 Mar); both undecided
        assertThat(d.started()).isEqualTo(6);            // D1, D2, D3, D4, N2, N3
        assertThat(d.completed()).isEqualTo(3);          // D1, D3, D5
    }

    @Test
    void operationsFiguresForMonitoringCountAllTime() {
        Dashboards.Operations visits = dashboards.operations().get("visit-request");
        assertThat(visits.open()).isEqualTo(5);           // D2, D4, N2, N3, N4
        assertThat(visits.overdue()).isEqualTo(2);        // N2, N4
        assertThat(visits.escalated()).isEqualTo(3);      // D2, D4 and N4, whatever the period
        // final decisions only (N2's request for information is none): D2, D3, N1; D4; D1, D5
        assertThat(visits.decisions()).containsExactly(java.util.Map.entry("APPROVE", 3L),
                java.util.Map.entry("APPROVE_WITH_CONDITIONS", 1L), java.util.Map.entry("REJECT", 2L));
    }

    @Test
    void timeToDecisionMedianAndP90() {
        Dashboard.CycleTime t = dashboards.compute(DashboardFilter.of(Period.WEEKS_4)).timeToDecision();
        // sorted 0.5, 2, 4, 10, 17: median 4; p90 at rank 0.9 × 4 = 3.6, so 10 + 0.6 × (17 − 10) = 14.2
        assertThat(t.count()).isEqualTo(5);
        assertThat(t.medianDays()).isCloseTo(4.0, within(1e-9));
        assertThat(t.p90Days()).isCloseTo(14.2, within(1e-9));
    }

    @Test
    void complianceOverallAndPerAuthority() {
        Dashboard d = dashboards.compute(DashboardFilter.of(Period.WEEKS_4));
        // on time: D1, D3, D5 (on its due date); late: D2, D4; escalated: D2, D4; after the lead time: D3
        assertThat(d.compliance().decided()).isEqualTo(5);
        assertThat(d.compliance().onTime()).isEqualTo(3);
        assertThat(d.compliance().onTimePercent()).isCloseTo(60.0, within(1e-9));
        assertThat(d.compliance().escalated()).isEqualTo(2);
        assertThat(d.compliance().afterLeadTime()).isEqualTo(1);
        assertThat(d.perParty()).containsExactly(
                new Dashboard.Compliance("DE", 2, 1, 1, 1),
                new Dashboard.Compliance("JP", 3, 2, 1, 0));
    }

    @Test
    void stepsSlowestFirst() {
        List<Dashboard.StepTime> steps = dashboards.compute(DashboardFilter.of(Period.WEEKS_4)).steps();
        assertThat(steps).extracting(Dashboard.StepTime::taskKey).containsExactly("reviewRequest", "certifyClearances");
        // review 24, 84, 168: median 84, p90 84 + 0.8 × 84 = 151.2; certify 12, 24, 72: median 24, p90 24 + 0.8 × 48
        assertThat(steps.get(0).count()).isEqualTo(3);
        assertThat(steps.get(0).medianHours()).isCloseTo(84.0, within(1e-6));
        assertThat(steps.get(0).p90Hours()).isCloseTo(151.2, within(1e-6));
        assertThat(steps.get(1).medianHours()).isCloseTo(24.0, within(1e-6));
        assertThat(steps.get(1).p90Hours()).isCloseTo(62.4, within(1e-6));
    }

    @Test
    void stepsOfEachPartyAddUpToTheStepsOfAll() {
        // without a party each step is its own query; with a party one grouped query: they count the same tasks
        for (Period period : Period.values()) {
            java.util.Map<String, Long> all = new java.util.TreeMap<>();
            dashboards.compute(DashboardFilter.of(period)).steps().forEach(s -> all.put(s.taskKey(), s.count()));
            java.util.Map<String, Long> byParty = new java.util.TreeMap<>();
            for (String party : List.of("DE", "JP")) {
                dashboards.compute(DashboardFilter.of(period).withParty(party)).steps()
                        .forEach(s -> byParty.merge(s.taskKey(), s.count(), Long::sum));
            }
            assertThat(byParty).as(period.name()).isEqualTo(all);
            assertThat(all).as(period.name()).isNotEmpty();
        }
    }

    @Test
    void backlogPerHolderAndWorkingDayAge() {
        List<Dashboard.Backlog> backlog = dashboards.compute(DashboardFilter.of(Period.WEEKS_4)).backlog();
        // authority-jp: N3 since Mon 9 Mar = 4 working days; N4 since 20 Jan = 38 weekdays − 2 holidays = 36
        //   (its two open tasks count once); others: N2 since 3 Mar = 8 (JP), D4 since 2 Mar = 9 (DE)
        assertThat(backlog).hasSize(2);
        assertThat(backlog.get(0).holderGroup()).isEqualTo("authority-jp");
        assertThat(backlog.get(0).partyCode()).isEqualTo("JP");
        assertThat(backlog.get(0).buckets()).containsExactly(1, 0, 0, 1);
        assertThat(backlog.get(1).holderGroup()).isEqualTo(Dashboards.OTHER_HOLDERS);
        assertThat(backlog.get(1).buckets()).containsExactly(0, 2, 0, 0);
    }

    @Test
    void weeklyTrend() {
        List<Dashboard.Week> trend = dashboards.compute(DashboardFilter.of(Period.WEEKS_4)).trend();
        assertThat(trend).containsExactly(
                new Dashboard.Week(day(2, 16), 3, 2),   // started D1, D2, D3; closed D1, D5
                new Dashboard.Week(day(2, 23), 0, 1),   // closed D3
                new Dashboard.Week(day(3, 2), 2, 0),    // started D4, N2
                new Dashboard.Week(day(3, 9), 1, 0));   // started N3
    }

    @Test
    void partyFilter() {
        Dashboard d = dashboards.compute(DashboardFilter.of(Period.WEEKS_4).withParty("DE"));
        assertThat(d.openCases()).isEqualTo(2);          // D4, N3
        assertThat(d.started()).isEqualTo(3);            // D3, D4, N3
        assertThat(d.perParty()).containsExactly(new Dashboard.Compliance("DE", 2, 1, 1, 1));
        assertThat(d.timeToDecision().medianDays()).isCloseTo(5.25, within(1e-9)); // 0.5 and 10
        assertThat(d.steps()).extracting(Dashboard.StepTime::count).containsExactly(1L, 1L); // t5, t3
    }

    @Test
    void drillDownListsTheCasesBehindAFigure() {
        DashboardFilter filter = DashboardFilter.of(Period.WEEKS_4);
        assertThat(dashboards.cases(filter, CaseListKind.DECIDED_LATE, null, null))
                .extracting(CaseRow::reference).containsExactly("D2", "D4");
        assertThat(dashboards.cases(filter, CaseListKind.OVERDUE, null, null))
                .extracting(CaseRow::reference).containsExactly("N4", "N2");
        List<CaseRow> waiting = dashboards.cases(filter, CaseListKind.BACKLOG, Dashboards.OTHER_HOLDERS,
                AgeBucket.UP_TO_10);
        assertThat(waiting).extracting(CaseRow::reference).containsExactly("D4", "N2");
        assertThat(waiting).extracting(CaseRow::ageWorkingDays).containsExactly(9, 8);
        assertThat(waiting.get(0).step()).isEqualTo("visit.task.acknowledgeNotice");
        assertThat(waiting.get(0).dueDate()).isEqualTo(day(3, 11));
        CaseRow closed = dashboards.cases(filter, CaseListKind.COMPLETED, null, null).get(0);
        assertThat(closed.reference()).isEqualTo("D5");
        assertThat(closed.closed()).isTrue();
        assertThat(closed.step()).isEqualTo("visit.decision.REJECT");
        assertThat(dashboards.cases(filter, CaseListKind.BACKLOG, "authority-jp", null))
                .extracting(CaseRow::reference).containsExactly("N4", "N3");
    }

    static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}

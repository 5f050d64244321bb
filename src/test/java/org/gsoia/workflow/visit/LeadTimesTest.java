package org.gsoia.workflow.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.junit.jupiter.api.Test;

/**
 * The lead-time engine across Japanese and German holidays. Expected dates are counted by hand from the
 * official holiday lists (comments show the count), not computed with the code under test.
 */
class LeadTimesTest {

    private static final String AGREEMENT = "JP-DE-2021";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private LeadTimes leadTimesAt(ZonedDateTime now) {
        LeadTimeRuleRepository rules = mock(LeadTimeRuleRepository.class);
        when(rules.findByAgreementIdAndHostParty(AGREEMENT, "JP"))
                .thenReturn(Optional.of(new LeadTimeRule(AGREEMENT, "JP", 15, 5, 5, 12, 21)));
        when(rules.findByAgreementIdAndHostParty(AGREEMENT, "DE"))
                .thenReturn(Optional.of(new LeadTimeRule(AGREEMENT, "DE", 15, 3, 5, 12, 21)));
        WorkingDayCalendars calendars = mock(WorkingDayCalendars.class);
        when(calendars.forParty("JP")).thenReturn(WorkingDayCalendar.of("JP", TOKYO, "JAPAN"));
        when(calendars.forParty("DE")).thenReturn(WorkingDayCalendar.of("DE", BERLIN, "GERMANY"));
        return new LeadTimes(rules, calendars, Clock.fixed(now.toInstant(), ZoneId.of("UTC")));
    }

    @Test
    void japaneseHostCountsAroundGoldenWeek2026() {
        // Tue 28 Apr 2026 in Tokyo. Not working days: 29 Apr (Showa Day), 2-3 May (weekend), 4-5 May, 6 May (substitute).
        // 30 Apr=1, 1 May=2, 7 May=3, 8 May=4, 11-15 May=5..9, 18-22 May=10..14, Mon 25 May=15
        LeadTimes leadTimes = leadTimesAt(ZonedDateTime.of(2026, 4, 28, 10, 0, 0, 0, TOKYO));
        assertThat(leadTimes.earliestVisitDate(AGREEMENT, "JP", VisitType.ONE_TIME)).isEqualTo(LocalDate.of(2026, 5, 25));
        // emergency: 5 working days: 30 Apr, 1 May, 7 May, 8 May, 11 May
        assertThat(leadTimes.earliestVisitDate(AGREEMENT, "JP", VisitType.EMERGENCY)).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void germanHostCountsOverChristmasAndTheYearBoundary() {
        // Fri 18 Dec 2026 in Berlin. Holidays: 25-26 Dec, 1 Jan; 24 and 31 Dec are no public holidays (the
        // authorities' closing days on them are not in these calendars: AuthorityClosingDaysIT counts with them).
        // 21-24 Dec=1..4, 28-31 Dec=5..8, 4-8 Jan=9..13, 11 Jan=14, Tue 12 Jan 2027=15
        LeadTimes leadTimes = leadTimesAt(ZonedDateTime.of(2026, 12, 18, 9, 0, 0, 0, BERLIN));
        assertThat(leadTimes.earliestVisitDate(AGREEMENT, "DE", VisitType.ONE_TIME)).isEqualTo(LocalDate.of(2027, 1, 12));
        // emergency: 3 working days: 21, 22, 23 Dec
        assertThat(leadTimes.earliestVisitDate(AGREEMENT, "DE", VisitType.EMERGENCY)).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void todayIsTheHostsDateNotTheServersOrTheApplicants() {
        // 23:30 on Thu 1 Oct 2026 in Berlin is already Fri 2 Oct in Tokyo: the count starts from the host's today.
        ZonedDateTime berlinEvening = ZonedDateTime.of(2026, 10, 1, 23, 30, 0, 0, BERLIN);
        LeadTimes leadTimes = leadTimesAt(berlinEvening);
        assertThat(leadTimes.today("JP")).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(leadTimes.today("DE")).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void decisionIsDueFiveHostWorkingDaysBeforeTheVisitAcrossGermanUnityDay() {
        // visit starts Wed 7 Oct 2025; Fri 3 Oct 2025 is German Unity Day.
        // back: 6 Oct=1, 2 Oct=2, 1 Oct=3, 30 Sep=4, Mon 29 Sep=5
        LeadTimes leadTimes = leadTimesAt(ZonedDateTime.of(2025, 9, 1, 9, 0, 0, 0, BERLIN));
        assertThat(leadTimes.decisionDueDate(AGREEMENT, "DE", LocalDate.of(2025, 10, 7))).isEqualTo(LocalDate.of(2025, 9, 29));
    }

    @Test
    void recurringApprovalLastsAtMostTwelveMonthsAndRemindsThreeWeeksBeforeExpiry() {
        LeadTimes leadTimes = leadTimesAt(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, TOKYO));
        assertThat(leadTimes.latestRecurringEnd(AGREEMENT, "JP", LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(leadTimes.renewalReminderDate(AGREEMENT, "JP", LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 9, 9));
    }
}

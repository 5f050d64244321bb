package org.gsoia.workflow.agreement.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar JAPAN = WorkingDayCalendar.of("JP", ZoneId.of("Asia/Tokyo"), "JAPAN");
    private static final WorkingDayCalendar GERMANY =
            WorkingDayCalendar.of("DE", ZoneId.of("Europe/Berlin"), "GERMANY");
    /** The seeded closing periods, written out here so that the arithmetic is tested without a database. */
    private static final WorkingDayCalendar JAPANESE_AUTHORITIES = WorkingDayCalendar.of("JP",
            ZoneId.of("Asia/Tokyo"), "JAPAN", List.of(closed("JP-YEAR-END", "JP", "12-29", "01-03")));
    private static final WorkingDayCalendar GERMAN_AUTHORITIES = WorkingDayCalendar.of("DE",
            ZoneId.of("Europe/Berlin"), "GERMANY", List.of(closed("DE-CHRISTMAS-EVE", "DE", "12-24", "12-24"),
                    closed("DE-NEW-YEARS-EVE", "DE", "12-31", "12-31")));

    static ClosingPeriod closed(String id, String party, String from, String to) {
        return new ClosingPeriod(id, party, MonthDay.parse("--" + from), MonthDay.parse("--" + to), id + " (en)",
                id + " (de)", id + " (ja)", "basis of " + id);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void goldenWeek2026IncludesTheSubstituteHoliday() {
        assertThat(date("2026-05-03").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(JAPAN.isHoliday(date("2026-05-03"))).isTrue();
        assertThat(JAPAN.isWorkingDay(date("2026-05-04"))).isFalse();
        assertThat(JAPAN.isWorkingDay(date("2026-05-05"))).isFalse();
        assertThat(JAPAN.isWorkingDay(date("2026-05-06"))).as("振替休日").isFalse();
        assertThat(JAPAN.isWorkingDay(date("2026-05-01"))).isTrue();
        assertThat(JAPAN.isWorkingDay(date("2026-05-07"))).isTrue();
    }

    @Test
    void oneWorkingDayAfterSaturdayBeforeGoldenWeekIsThursday() {
        LocalDate saturday = date("2026-05-02");

        assertThat(JAPAN.addWorkingDays(saturday, 1)).isEqualTo("2026-05-07");
        assertThat(JAPAN.workingDaysBetween(saturday, date("2026-05-07"))).isEqualTo(1);
        assertThat(JAPAN.workingDaysBetween(saturday, date("2026-05-06"))).isZero();
    }

    @Test
    void japaneseSubstituteHolidaysOfOtherMonths() {
        assertThat(date("2025-02-23").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(JAPAN.isWorkingDay(date("2025-02-24"))).as("Emperor's Birthday substitute").isFalse();
        assertThat(JAPAN.isWorkingDay(date("2025-11-24"))).as("Labour Thanksgiving substitute").isFalse();
        assertThat(JAPAN.isWorkingDay(date("2026-09-22"))).as("国民の休日 between two holidays").isFalse();
    }

    @Test
    void japaneseNewYearIsOnlyTheFirstOfJanuaryByLaw() {
        assertThat(JAPAN.isHoliday(date("2026-01-01"))).isTrue();
        assertThat(JAPAN.isWorkingDay(date("2026-01-02"))).isTrue();
        assertThat(JAPAN.isWorkingDay(date("2027-01-04"))).isTrue();
    }

    @Test
    void germanUnityDayCountsOnlyWhenItFallsOnAWeekday() {
        assertThat(GERMANY.isHoliday(date("2025-10-03"))).isTrue();
        assertThat(GERMANY.isWorkingDay(date("2025-10-03"))).isFalse();
        assertThat(GERMANY.addWorkingDays(date("2025-10-02"), 1)).as("Thursday + 1 skips Friday 3rd")
                .isEqualTo("2025-10-06");

        assertThat(date("2026-10-03").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(GERMANY.isHoliday(date("2026-10-03"))).isTrue();
        assertThat(GERMANY.addWorkingDays(date("2026-10-02"), 1)).as("no substitute in Germany")
                .isEqualTo("2026-10-05");
    }

    @Test
    void christmasIsTwoHolidaysInGermanyAndNoneInJapan() {
        assertThat(GERMANY.isWorkingDay(date("2025-12-25"))).isFalse();
        assertThat(GERMANY.isWorkingDay(date("2025-12-26"))).isFalse();
        assertThat(GERMANY.isWorkingDay(date("2025-12-24"))).isTrue();
        assertThat(JAPAN.isWorkingDay(date("2025-12-25"))).isTrue();
    }

    @Test
    void germanyUsesFederalHolidaysOnly() {
        assertThat(GERMANY.isWorkingDay(date("2026-01-06"))).as("Epiphany, some Länder only").isTrue();
        assertThat(GERMANY.isWorkingDay(date("2026-06-04"))).as("Corpus Christi, some Länder only").isTrue();
        assertThat(GERMANY.isWorkingDay(date("2025-10-31"))).as("Reformation Day, some Länder only").isTrue();
        assertThat(GERMANY.isWorkingDay(date("2026-04-03"))).as("Good Friday, nationwide").isFalse();
    }

    @Test
    void addingAcrossTheYearBoundary() {
        // Tue 30 Dec 2025: Wed 31 Dec, (Thu 1 Jan holiday), Fri 2 Jan, Mon 5 Jan
        assertThat(GERMANY.addWorkingDays(date("2025-12-30"), 3)).isEqualTo("2026-01-05");
        assertThat(JAPAN.addWorkingDays(date("2025-12-30"), 3)).isEqualTo("2026-01-05");
        // Germany: Tue 23 Dec 2025 + 5 = 24, 29, 30, 31 Dec and 2 Jan (skipping 25/26 Dec and 1 Jan)
        assertThat(GERMANY.addWorkingDays(date("2025-12-23"), 5)).isEqualTo("2026-01-02");
    }

    @Test
    void subtractingWorkingDays() {
        assertThat(GERMANY.addWorkingDays(date("2026-01-05"), -3)).isEqualTo("2025-12-30");
        assertThat(JAPAN.addWorkingDays(date("2026-05-07"), -1)).isEqualTo("2026-05-01");
        assertThat(JAPAN.addWorkingDays(date("2026-05-09"), -1)).as("from a Saturday").isEqualTo("2026-05-08");
        assertThat(GERMANY.addWorkingDays(date("2026-05-09"), 0)).as("zero leaves the day alone")
                .isEqualTo("2026-05-09");
    }

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        assertThat(GERMANY.workingDaysBetween(date("2026-11-23"), date("2026-11-27"))).isEqualTo(4);
        assertThat(GERMANY.workingDaysBetween(date("2026-11-27"), date("2026-11-30"))).isEqualTo(1);
        assertThat(GERMANY.workingDaysBetween(date("2026-11-27"), date("2026-11-27"))).isZero();
        assertThat(GERMANY.workingDaysBetween(date("2026-11-30"), date("2026-11-27"))).isEqualTo(-1);
        // Germany, December 2025: 23 weekdays minus Christmas Thursday/Friday
        assertThat(GERMANY.workingDaysBetween(date("2025-11-30"), date("2025-12-31"))).isEqualTo(21);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        for (WorkingDayCalendar calendar : new WorkingDayCalendar[] {JAPAN, GERMANY}) {
            for (LocalDate start = date("2025-12-20"); start.isBefore(date("2026-01-15")); start = start.plusDays(1)) {
                for (int n = -12; n <= 12; n++) {
                    LocalDate end = calendar.addWorkingDays(start, n);
                    assertThat(calendar.workingDaysBetween(start, end)).as("%s %s %+d", calendar, start, n)
                            .isEqualTo(n);
                    if (n != 0) {
                        assertThat(calendar.isWorkingDay(end)).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void todayIsTheDateInThePartysTimeZone() {
        // 23:30 UTC on 31 December: already New Year's Day in Tokyo and Berlin, not yet in UTC
        Clock clock = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(JAPAN.today(clock)).isEqualTo("2027-01-01");
        assertThat(GERMANY.today(clock)).isEqualTo("2027-01-01");

        Clock morningInTokyo = Clock.fixed(Instant.parse("2026-05-05T23:30:00Z"), ZoneOffset.UTC);
        assertThat(JAPAN.today(morningInTokyo)).isEqualTo("2026-05-06");
        assertThat(GERMANY.today(morningInTokyo)).isEqualTo("2026-05-06");

        Clock eveningInBerlin = Clock.fixed(Instant.parse("2026-05-05T14:30:00Z"), ZoneOffset.UTC);
        assertThat(JAPAN.today(eveningInBerlin)).isEqualTo("2026-05-05");
        assertThat(GERMANY.today(eveningInBerlin)).isEqualTo("2026-05-05");

        Clock lateInBerlin = Clock.fixed(Instant.parse("2026-05-05T16:30:00Z"), ZoneOffset.UTC);
        assertThat(JAPAN.today(lateInBerlin)).as("01:30 next day in Tokyo").isEqualTo("2026-05-06");
        assertThat(GERMANY.today(lateInBerlin)).as("18:30 in Berlin").isEqualTo("2026-05-05");
    }

    @Test
    void holidaysAreListedInDateOrder() {
        assertThat(List.copyOf(GERMANY.holidays(2026))).hasSize(9).isSorted().first().isEqualTo(date("2026-01-01"));
    }

    @Test
    void japaneseAdministrativeOrgansAreClosedFrom29DecemberTo3January() {
        assertThat(JAPANESE_AUTHORITIES.isWorkingDay(date("2026-12-28"))).as("Monday before").isTrue();
        for (LocalDate day = date("2026-12-29"); day.isBefore(date("2027-01-04")); day = day.plusDays(1)) {
            assertThat(JAPANESE_AUTHORITIES.isWorkingDay(day)).as("%s", day).isFalse();
            assertThat(JAPANESE_AUTHORITIES.isClosingDay(day)).as("%s", day).isTrue();
        }
        assertThat(JAPANESE_AUTHORITIES.isWorkingDay(date("2027-01-04"))).as("Monday after").isTrue();
        assertThat(JAPANESE_AUTHORITIES.isHoliday(date("2026-12-30"))).as("closed, but no public holiday").isFalse();
        assertThat(JAPANESE_AUTHORITIES.isHoliday(date("2027-01-01"))).as("New Year's Day stays one").isTrue();
        assertThat(JAPANESE_AUTHORITIES.closingPeriodOn(date("2027-01-02"))).get()
                .extracting(ClosingPeriod::getId).isEqualTo("JP-YEAR-END");
        assertThat(JAPANESE_AUTHORITIES.closingPeriodOn(date("2027-01-04"))).isEmpty();
    }

    @Test
    void countingBackAcrossTheJapaneseYearEndSkipsTheWholeClosure() {
        // Fri 8 Jan 2027 back: Thu 7=1, Wed 6=2, Tue 5=3, Mon 4 Jan=4; Sun 3 Jan to Tue 29 Dec closed; Mon 28 Dec=5.
        // (Not Fri 25 Dec: that is the sixth.) The holidays alone give Thu 31 Dec, the wrong due date.
        assertThat(JAPANESE_AUTHORITIES.addWorkingDays(date("2027-01-08"), -5)).isEqualTo("2026-12-28");
        assertThat(JAPANESE_AUTHORITIES.addWorkingDays(date("2027-01-08"), -6)).isEqualTo("2026-12-25");
        assertThat(JAPAN.addWorkingDays(date("2027-01-08"), -5)).isEqualTo("2026-12-31");
        // forward: Mon 28 Dec + 1 is Mon 4 Jan; from Fri 25 Dec to Mon 4 Jan: 28 Dec and 4 Jan
        assertThat(JAPANESE_AUTHORITIES.addWorkingDays(date("2026-12-28"), 1)).isEqualTo("2027-01-04");
        assertThat(JAPANESE_AUTHORITIES.workingDaysBetween(date("2026-12-25"), date("2027-01-04"))).isEqualTo(2);
    }

    @Test
    void germanFederalAuthoritiesAreClosedOnChristmasEveAndNewYearsEve() {
        assertThat(GERMAN_AUTHORITIES.isWorkingDay(date("2026-12-24"))).isFalse();
        assertThat(GERMAN_AUTHORITIES.isWorkingDay(date("2026-12-31"))).isFalse();
        assertThat(GERMAN_AUTHORITIES.isHoliday(date("2026-12-24"))).as("no public holiday").isFalse();
        assertThat(GERMAN_AUTHORITIES.isWorkingDay(date("2026-12-23"))).isTrue();
        assertThat(GERMAN_AUTHORITIES.isWorkingDay(date("2026-12-30"))).isTrue();
        // Wed 23 Dec 2026 + 1: Thu 24 closed, Fri 25 and Sat 26 holidays, Sun 27; Mon 28 Dec
        assertThat(GERMAN_AUTHORITIES.addWorkingDays(date("2026-12-23"), 1)).isEqualTo("2026-12-28");
        // Wed 30 Dec 2026 + 1: Thu 31 closed, Fri 1 Jan holiday, weekend; Mon 4 Jan
        assertThat(GERMAN_AUTHORITIES.addWorkingDays(date("2026-12-30"), 1)).isEqualTo("2027-01-04");
        // December 2026: 23 weekdays, minus 24, 25 and 31 December
        assertThat(GERMAN_AUTHORITIES.workingDaysBetween(date("2026-11-30"), date("2026-12-31"))).isEqualTo(20);
    }

    @Test
    void closingDaysOfAYearListAPeriodAcrossTheYearEndAtBothEnds() {
        assertThat(List.copyOf(JAPANESE_AUTHORITIES.closingDays(2027))).containsExactly(date("2027-01-01"),
                date("2027-01-02"), date("2027-01-03"), date("2027-12-29"), date("2027-12-30"), date("2027-12-31"));
        assertThat(List.copyOf(GERMAN_AUTHORITIES.closingDays(2027)))
                .containsExactly(date("2027-12-24"), date("2027-12-31"));
        assertThat(GERMANY.closingDays(2027)).as("a calendar of holidays only").isEmpty();
        assertThat(GERMANY.isWorkingDay(date("2026-12-24"))).isTrue();
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysAcrossClosingDays() {
        for (WorkingDayCalendar calendar : new WorkingDayCalendar[] {JAPANESE_AUTHORITIES, GERMAN_AUTHORITIES}) {
            for (LocalDate start = date("2026-12-15"); start.isBefore(date("2027-01-15")); start = start.plusDays(1)) {
                for (int n = -12; n <= 12; n++) {
                    LocalDate end = calendar.addWorkingDays(start, n);
                    assertThat(calendar.workingDaysBetween(start, end)).as("%s %s %+d", calendar, start, n)
                            .isEqualTo(n);
                    if (n != 0) {
                        assertThat(calendar.isWorkingDay(end)).isTrue();
                        assertThat(calendar.isClosingDay(end)).isFalse();
                    }
                }
            }
        }
    }
}

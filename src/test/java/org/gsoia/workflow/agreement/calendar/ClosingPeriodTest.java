package org.gsoia.workflow.agreement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.agreement.calendar.WorkingDayCalendarTest.closed;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClosingPeriodTest {

    private static final ClosingPeriod YEAR_END = closed("JP-YEAR-END", "JP", "12-29", "01-03");
    private static final ClosingPeriod SUMMER = closed("XX-SUMMER", "XX", "08-13", "08-16");

    @Test
    void aPeriodAcrossTheYearEndCoversBothItsEnds() {
        assertThat(YEAR_END.covers(LocalDate.parse("2026-12-28"))).isFalse();
        assertThat(YEAR_END.covers(LocalDate.parse("2026-12-29"))).isTrue();
        assertThat(YEAR_END.covers(LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(YEAR_END.covers(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(YEAR_END.covers(LocalDate.parse("2027-01-03"))).isTrue();
        assertThat(YEAR_END.covers(LocalDate.parse("2027-01-04"))).isFalse();
        assertThat(YEAR_END.covers(LocalDate.parse("2027-06-15"))).as("the middle of the year").isFalse();
    }

    @Test
    void aPeriodWithinTheYearCoversOnlyItsOwnDays() {
        assertThat(SUMMER.covers(LocalDate.parse("2027-08-12"))).isFalse();
        assertThat(SUMMER.covers(LocalDate.parse("2027-08-13"))).isTrue();
        assertThat(SUMMER.covers(LocalDate.parse("2027-08-16"))).isTrue();
        assertThat(SUMMER.covers(LocalDate.parse("2027-08-17"))).isFalse();
        assertThat(SUMMER.covers(LocalDate.parse("2027-12-31"))).as("no wrap").isFalse();
    }

    @Test
    void theNameFollowsTheUsersLanguage() {
        assertThat(YEAR_END.name(Locale.JAPANESE)).isEqualTo("JP-YEAR-END (ja)");
        assertThat(YEAR_END.name(Locale.GERMANY)).isEqualTo("JP-YEAR-END (de)");
        assertThat(YEAR_END.name(Locale.FRENCH)).isEqualTo("JP-YEAR-END (en)");
    }
}

package org.gsoia.workflow.agreement.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pins what jollyday 1.8.1's JAPAN calendar gets wrong, which {@link JapaneseNationalHolidays} makes up for.
 * If a jollyday upgrade makes one of these fail, jollyday has fixed that gap: check the Cabinet Office list test
 * still passes and remove the now redundant correction.
 */
class JollydayJapanGapsTest {

    private final HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN));

    @Test
    void hasNoSubstituteHolidays() {
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-05-06"))).as("Golden Week substitute 2026").isFalse();
        assertThat(jollyday.isHoliday(LocalDate.parse("2025-02-24"))).as("Emperor's Birthday substitute").isFalse();
        assertThat(jollyday.isHoliday(LocalDate.parse("2025-11-24"))).as("Labour Thanksgiving substitute").isFalse();
    }

    @Test
    void keepsTheEmperorsBirthdayOfTheHeiseiEra() {
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-12-23"))).isTrue();
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-02-23"))).isFalse();
    }

    @Test
    void hasNoEquinoxDaysAndSoNoCitizensHolidayInSeptember2026() {
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-03-20"))).isFalse();
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-09-23"))).isFalse();
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-09-22"))).isFalse();
    }

    @Test
    void getsTheFixedGoldenWeekDaysAndNewYearRight() {
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-05-03"))).isTrue();
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-05-04"))).isTrue();
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-05-05"))).isTrue();
        // only 1 January is a national holiday; 2 and 3 January are customary closing days, not holidays
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-01-01"))).isTrue();
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-01-02"))).isFalse();
        assertThat(jollyday.isHoliday(LocalDate.parse("2026-01-03"))).isFalse();
    }
}

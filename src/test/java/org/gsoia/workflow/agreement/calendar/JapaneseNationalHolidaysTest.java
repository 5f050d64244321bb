package org.gsoia.workflow.agreement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Checked against the Cabinet Office's published list of national holidays and days off
 * (内閣府「国民の祝日について」, https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html), typed in by hand per year.
 */
class JapaneseNationalHolidaysTest {

    private static final Map<Integer, String> CABINET_OFFICE = Map.of(
            2019, "01-01 01-14 02-11 03-21 04-29 04-30 05-01 05-02 05-03 05-04 05-05 05-06 07-15 08-11 08-12 "
                    + "09-16 09-23 10-14 10-22 11-03 11-04 11-23",
            2020, "01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-23 07-24 08-10 09-21 "
                    + "09-22 11-03 11-23",
            2021, "01-01 01-11 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-22 07-23 08-08 08-09 09-20 09-23 "
                    + "11-03 11-23",
            2022, "01-01 01-10 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-23 10-10 11-03 "
                    + "11-23",
            2023, "01-01 01-02 01-09 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-23 10-09 "
                    + "11-03 11-23",
            2024, "01-01 01-08 02-11 02-12 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 "
                    + "09-22 09-23 10-14 11-03 11-04 11-23",
            2025, "01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-21 08-11 09-15 09-23 "
                    + "10-13 11-03 11-23 11-24",
            2026, "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 "
                    + "10-12 11-03 11-23",
            2027, "01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 "
                    + "11-03 11-23");

    private final JapaneseNationalHolidays holidays = new JapaneseNationalHolidays(
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN)));

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void matchesTheCabinetOfficeList(int year) {
        Set<LocalDate> expected = Arrays.stream(CABINET_OFFICE.get(year).split(" "))
                .map(monthDay -> LocalDate.parse(year + "-" + monthDay))
                .collect(Collectors.toSet());

        assertThat(holidays.holidaysIn(year)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void equinoxFormulaGivesTheAnnouncedDays() {
        assertThat(JapaneseNationalHolidays.vernalEquinoxDay(2024)).isEqualTo("2024-03-20");
        assertThat(JapaneseNationalHolidays.vernalEquinoxDay(2027)).isEqualTo("2027-03-21");
        assertThat(JapaneseNationalHolidays.autumnalEquinoxDay(2024)).isEqualTo("2024-09-22");
        assertThat(JapaneseNationalHolidays.autumnalEquinoxDay(2026)).isEqualTo("2026-09-23");
    }

    @Test
    void substituteIsTheNearestLaterDayThatIsNotANationalHoliday() {
        Set<LocalDate> goldenWeek2026 = Set.of(LocalDate.parse("2026-05-03"), LocalDate.parse("2026-05-04"),
                LocalDate.parse("2026-05-05"));

        assertThat(JapaneseNationalHolidays.substituteHolidays(goldenWeek2026))
                .containsExactly(LocalDate.parse("2026-05-06"));
    }

    @Test
    void aDayBetweenTwoNationalHolidaysIsADayOff() {
        Set<LocalDate> september2026 = Set.of(LocalDate.parse("2026-09-21"), LocalDate.parse("2026-09-23"));

        assertThat(JapaneseNationalHolidays.citizensHolidays(september2026))
                .containsExactly(LocalDate.parse("2026-09-22"));
    }

    @Test
    void refusesYearsOutsideTheModelledRange() {
        assertThatThrownBy(() -> holidays.holidaysIn(2006)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holidays.holidaysIn(2100)).isInstanceOf(IllegalArgumentException.class);
    }
}

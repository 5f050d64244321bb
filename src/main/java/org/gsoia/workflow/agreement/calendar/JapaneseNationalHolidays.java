package org.gsoia.workflow.agreement.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Japan's days off under the Act on National Holidays (国民の祝日に関する法律), built on jollyday's JAPAN calendar.
 *
 * <p>jollyday 1.8.1 lists the fixed and "Happy Monday" holidays correctly but lacks, and this class adds:
 * Vernal and Autumnal Equinox Day; the Emperor's Birthday on 23 February since 2020 (jollyday still has
 * 23 December, which ended with 2018); substitute holidays (振替休日, Art. 3(2)); and the one-off holidays of
 * 2019 and the moved holidays of the 2020/2021 Olympic years. It also recomputes citizens' holidays (国民の休日,
 * Art. 3(3)), which jollyday derives without the equinoxes and so misses, e.g., 22 September 2026. Every
 * addition is a set union or a removal of a wrong date, so a jollyday release that fixes its data changes nothing
 * here; {@code JollydayJapanGapsTest} fails then, as a reminder to drop what has become redundant.
 *
 * <p>Valid for 2007 (the substitute rule in its current form) to 2099 (the range of the equinox formula).
 */
final class JapaneseNationalHolidays implements HolidaySource {

    static final int FIRST_YEAR = 2007;
    static final int LAST_YEAR = 2099;

    private static final String JOLLYDAY_BRIDGING_KEY = "BRIDGING_HOLIDAY";
    private static final String JOLLYDAY_EMPERORS_BIRTHDAY_KEY = "EMPERORS_BIRTHDAY";

    /**
     * Holidays set by special laws for one year: the key year's {@code removed} date (null: none) is replaced by
     * {@code added}. 2019: Act No. 99 of 2018 (enthronement day, enthronement ceremony; both count as national
     * holidays, which makes 30 April and 2 May citizens' holidays). 2020 and 2021: the Tokyo Olympics special
     * measures act moved Marine Day, Sports Day and Mountain Day.
     */
    private static final Map<Integer, List<OneOff>> ONE_OFFS = Map.of(
            2019, List.of(
                    new OneOff(null, LocalDate.of(2019, 5, 1)),
                    new OneOff(null, LocalDate.of(2019, 10, 22))),
            2020, List.of(
                    new OneOff(LocalDate.of(2020, 7, 20), LocalDate.of(2020, 7, 23)),
                    new OneOff(LocalDate.of(2020, 10, 12), LocalDate.of(2020, 7, 24)),
                    new OneOff(LocalDate.of(2020, 8, 11), LocalDate.of(2020, 8, 10))),
            2021, List.of(
                    new OneOff(LocalDate.of(2021, 7, 19), LocalDate.of(2021, 7, 22)),
                    new OneOff(LocalDate.of(2021, 10, 11), LocalDate.of(2021, 7, 23)),
                    new OneOff(LocalDate.of(2021, 8, 11), LocalDate.of(2021, 8, 8))));

    private final HolidayManager jollyday;

    JapaneseNationalHolidays(HolidayManager jollyday) {
        this.jollyday = jollyday;
    }

    @Override
    public Set<LocalDate> holidaysIn(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Japanese holidays are modelled for " + FIRST_YEAR + "–" + LAST_YEAR + " only, not " + year);
        }
        Set<LocalDate> national = nationalHolidays(year);
        Set<LocalDate> daysOff = new TreeSet<>(national);
        daysOff.addAll(citizensHolidays(national));
        daysOff.addAll(substituteHolidays(national));
        return daysOff;
    }

    /** The 国民の祝日 proper: the days named in Art. 2 of the Act (and the special laws) for this year. */
    private Set<LocalDate> nationalHolidays(int year) {
        Set<LocalDate> national = new HashSet<>();
        for (Holiday holiday : jollyday.getHolidays(Year.of(year))) {
            String key = holiday.getPropertiesKey();
            if (JOLLYDAY_BRIDGING_KEY.equals(key)) {
                continue; // recomputed below, once the equinoxes are known
            }
            if (JOLLYDAY_EMPERORS_BIRTHDAY_KEY.equals(key) && year >= 2019
                    && holiday.getActualDate().getMonth() == Month.DECEMBER) {
                continue;
            }
            // the legal date, not jollyday's "moved" one: a Sunday holiday stays a holiday and earns a substitute
            national.add(holiday.getActualDate());
        }
        if (year >= 2020) {
            national.add(LocalDate.of(year, Month.FEBRUARY, 23));
        }
        national.add(vernalEquinoxDay(year));
        national.add(autumnalEquinoxDay(year));
        for (OneOff oneOff : ONE_OFFS.getOrDefault(year, List.of())) {
            if (oneOff.removed() != null) {
                national.remove(oneOff.removed());
            }
            national.add(oneOff.added());
        }
        return national;
    }

    /** Art. 3(3): a day that is not a national holiday but falls between two is a day off (国民の休日). */
    static Set<LocalDate> citizensHolidays(Set<LocalDate> national) {
        Set<LocalDate> result = new HashSet<>();
        for (LocalDate day : national) {
            LocalDate between = day.plusDays(1);
            if (!national.contains(between) && national.contains(day.plusDays(2))) {
                result.add(between);
            }
        }
        return result;
    }

    /** Art. 3(2): a national holiday on a Sunday makes the nearest later day that is not one a day off (振替休日). */
    static Set<LocalDate> substituteHolidays(Set<LocalDate> national) {
        Set<LocalDate> result = new HashSet<>();
        for (LocalDate day : national) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (national.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                result.add(substitute);
            }
        }
        return result;
    }

    /**
     * Vernal Equinox Day. The Cabinet Office fixes it each February for the next year from the National
     * Astronomical Observatory's ephemeris; this widely used approximation has matched every announcement and
     * holds for 1980–2099. Integer arithmetic (millionths of a day) keeps floor() exact.
     */
    static LocalDate vernalEquinoxDay(int year) {
        return LocalDate.of(year, Month.MARCH, equinoxDay(year, 20_843_100L));
    }

    /** Autumnal Equinox Day, by the same approximation as {@link #vernalEquinoxDay(int)}. */
    static LocalDate autumnalEquinoxDay(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, equinoxDay(year, 23_248_800L));
    }

    private static int equinoxDay(int year, long baseMicroDays) {
        if (year < 1980 || year > LAST_YEAR) {
            throw new IllegalArgumentException("The equinox formula holds for 1980–" + LAST_YEAR + " only");
        }
        int sinceBase = year - 1980;
        return (int) ((baseMicroDays + 242_194L * sinceBase) / 1_000_000L) - sinceBase / 4;
    }

    private record OneOff(LocalDate removed, LocalDate added) {
    }
}

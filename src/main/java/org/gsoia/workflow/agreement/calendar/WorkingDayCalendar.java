package org.gsoia.workflow.agreement.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of one party: Monday to Friday, except its national public holidays (for Germany the federal
 * holidays only, without those of the Länder), in the party's time zone. Lead times and reply deadlines are
 * counted on the calendar of the party that must act (R-VI-04).
 *
 * <p>Counting convention, shared by {@link #addWorkingDays} and {@link #workingDaysBetween}: the start day never
 * counts, the end day does. So {@code addWorkingDays(d, n)} is the n-th working day after {@code d} (before it
 * for negative n), and {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every {@code d} and {@code n}.
 * Thread-safe; holidays are computed once per year and kept.
 */
public final class WorkingDayCalendar {

    private final String partyCode;
    private final ZoneId zone;
    private final HolidaySource holidaySource;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    WorkingDayCalendar(String partyCode, ZoneId zone, HolidaySource holidaySource) {
        this.partyCode = partyCode;
        this.zone = zone;
        this.holidaySource = holidaySource;
    }

    /**
     * The calendar for a party whose holidays are jollyday's {@code holidayCountry} (a {@link HolidayCalendar}
     * constant such as {@code GERMANY}). For {@code JAPAN}, jollyday's data is completed by
     * {@link JapaneseNationalHolidays}, because jollyday 1.8.1 lacks several Japanese holidays.
     */
    public static WorkingDayCalendar of(String partyCode, ZoneId zone, String holidayCountry) {
        HolidayCalendar country = HolidayCalendar.valueOf(holidayCountry);
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        HolidaySource source = country == HolidayCalendar.JAPAN
                ? new JapaneseNationalHolidays(manager)
                : new JollydayHolidays(manager);
        return new WorkingDayCalendar(partyCode, zone, source);
    }

    public String partyCode() {
        return partyCode;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The date in the party's time zone: at 08:00 in Tokyo it is still the day before in Berlin. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** A public holiday, whatever the weekday. */
    public boolean isHoliday(LocalDate day) {
        return holidaysIn(day.getYear()).contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The public holidays of {@code year}, in date order. */
    public SortedSet<LocalDate> holidays(int year) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(holidaysIn(year)));
    }

    /**
     * The {@code n}-th working day after {@code start}, or before it when {@code n} is negative. The start day
     * itself never counts, so the result is always a working day; {@code n == 0} returns {@code start} unchanged,
     * even if it is not a working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * Working days from {@code startExclusive} to {@code endInclusive}: those in (start, end]. If the end lies
     * before the start, the result is minus the working days in [end, start), which keeps this the inverse of
     * {@link #addWorkingDays}. Example: Friday to the following Monday is 1; Monday back to the Friday is -1.
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        if (endInclusive.isBefore(startExclusive)) {
            return -countWorkingDays(endInclusive, startExclusive);
        }
        return countWorkingDays(startExclusive.plusDays(1), endInclusive.plusDays(1));
    }

    /** Working days in [from, until). */
    private int countWorkingDays(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Set<LocalDate> holidaysIn(int year) {
        return holidaysByYear.computeIfAbsent(year, holidaySource::holidaysIn);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + partyCode + ", " + zone + "]";
    }
}

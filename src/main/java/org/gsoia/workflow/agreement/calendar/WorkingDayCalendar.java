package org.gsoia.workflow.agreement.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of one party: Monday to Friday, except its national public holidays (for Germany the federal
 * holidays only, without those of the Länder) and the days its competent authorities are closed although no public
 * holiday ({@link ClosingPeriod}: Japan's 29 December to 3 January, Germany's 24 and 31 December), in the party's
 * time zone. Lead times and reply deadlines are counted on the calendar of the party that must act (R-VI-04).
 *
 * <p>Counting convention, shared by {@link #addWorkingDays} and {@link #workingDaysBetween}: the start day never
 * counts, the end day does. So {@code addWorkingDays(d, n)} is the n-th working day after {@code d} (before it
 * for negative n), and {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every {@code d} and {@code n}.
 * Thread-safe; holidays and closing days are computed once per year and kept.
 */
public final class WorkingDayCalendar {

    private final String partyCode;
    private final ZoneId zone;
    private final HolidaySource holidaySource;
    private final List<ClosingPeriod> closingPeriods;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();
    private final Map<Integer, Set<LocalDate>> closingDaysByYear = new ConcurrentHashMap<>();

    WorkingDayCalendar(String partyCode, ZoneId zone, HolidaySource holidaySource,
                       List<ClosingPeriod> closingPeriods) {
        this.partyCode = partyCode;
        this.zone = zone;
        this.holidaySource = holidaySource;
        this.closingPeriods = List.copyOf(closingPeriods);
    }

    /**
     * The calendar for a party whose holidays are jollyday's {@code holidayCountry} (a {@link HolidayCalendar}
     * constant such as {@code GERMANY}). For {@code JAPAN}, jollyday's data is completed by
     * {@link JapaneseNationalHolidays}, because jollyday 1.8.1 lacks several Japanese holidays. The authorities'
     * closing periods come on top of the holidays.
     */
    public static WorkingDayCalendar of(String partyCode, ZoneId zone, String holidayCountry,
                                        List<ClosingPeriod> closingPeriods) {
        HolidayCalendar country = HolidayCalendar.valueOf(holidayCountry);
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        HolidaySource source = country == HolidayCalendar.JAPAN
                ? new JapaneseNationalHolidays(manager)
                : new JollydayHolidays(manager);
        return new WorkingDayCalendar(partyCode, zone, source, closingPeriods);
    }

    /** A calendar of public holidays only, for a party whose authorities have no closing periods. */
    public static WorkingDayCalendar of(String partyCode, ZoneId zone, String holidayCountry) {
        return of(partyCode, zone, holidayCountry, List.of());
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

    /** A day in one of the authorities' closing periods, whatever the weekday, even if also a public holiday. */
    public boolean isClosingDay(LocalDate day) {
        return closingDaysIn(day.getYear()).contains(day);
    }

    /** The closing period the day lies in, if any: its name and legal basis say why the authorities are closed. */
    public Optional<ClosingPeriod> closingPeriodOn(LocalDate day) {
        return closingPeriods.stream().filter(period -> period.covers(day)).findFirst();
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day)
                && !isClosingDay(day);
    }

    /** The public holidays of {@code year}, in date order. */
    public SortedSet<LocalDate> holidays(int year) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(holidaysIn(year)));
    }

    /**
     * The days of {@code year} in a closing period, whatever the weekday, in date order. A period across the year
     * end contributes its last days (January) and its first days (December) of this year.
     */
    public SortedSet<LocalDate> closingDays(int year) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(closingDaysIn(year)));
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

    private Set<LocalDate> closingDaysIn(int year) {
        return closingDaysByYear.computeIfAbsent(year, y -> {
            Set<LocalDate> days = new HashSet<>();
            for (LocalDate day = LocalDate.of(y, 1, 1); day.getYear() == y; day = day.plusDays(1)) {
                if (closingPeriodOn(day).isPresent()) {
                    days.add(day);
                }
            }
            return Set.copyOf(days);
        });
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + partyCode + ", " + zone + "]";
    }
}

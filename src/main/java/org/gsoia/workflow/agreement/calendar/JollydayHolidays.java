package org.gsoia.workflow.agreement.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A jollyday calendar taken as it is, at national level only: asking without a subdivision leaves out the
 * holidays of the German Länder, which is what a federal deadline needs.
 */
final class JollydayHolidays implements HolidaySource {

    private final HolidayManager manager;

    JollydayHolidays(HolidayManager manager) {
        this.manager = manager;
    }

    @Override
    public Set<LocalDate> holidaysIn(int year) {
        // getDate() is the day actually taken off, after any move to a weekday
        return manager.getHolidays(Year.of(year)).stream().map(Holiday::getDate).collect(Collectors.toSet());
    }
}

package org.gsoia.workflow.agreement.calendar;

import java.time.LocalDate;
import java.util.Set;

/** The days of one year on which a party's offices are closed by law, whatever the weekday. */
interface HolidaySource {

    Set<LocalDate> holidaysIn(int year);
}

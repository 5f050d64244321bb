package org.gsoia.workflow.agreement.calendar;

import java.time.LocalDate;
import java.util.Set;

/** The days off under a party's holiday law in one year, whatever the weekday; closing periods come on top. */
interface HolidaySource {

    Set<LocalDate> holidaysIn(int year);
}

package org.gsoia.workflow.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The dashboard's reporting periods: whole calendar weeks (Monday to Sunday) up to and including this week. */
public enum Period {
    WEEKS_4(4),
    WEEKS_12(12),
    WEEKS_26(26),
    WEEKS_52(52);

    private final int weeks;

    Period(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }

    /** The Monday on which the period starts, for a period that ends in the week of {@code today}. */
    public LocalDate firstDay(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }
}

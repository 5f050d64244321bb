package org.gsoia.workflow.procedure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as every screen and letter of a procedure writes them, in the reader's language. */
public final class Dates {

    private Dates() {
    }

    /** The short form used in lists, facts and forms; empty for no date. */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}

package org.gsoia.workflow.language;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date fields that write dates as every other place does ({@link Dates}'s short form: 02.12.2026, 2026/12/02,
 * 2026-12-02), with month and day names in the reader's language and weeks starting on Monday.
 */
public final class DateFields {

    private DateFields() {
    }

    /** Localises the picker for the reader; the translator gives the "today" and "cancel" texts. */
    public static DatePicker localize(DatePicker picker, Locale locale, Component translator) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormat(Dates.shortPattern(locale))
                .setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(translator.getTranslation("datepicker.today"))
                .setCancel(translator.getTranslation("datepicker.cancel"))
                .setBadInputErrorMessage(translator.getTranslation("datepicker.badInput"));
        picker.setLocale(locale);
        picker.setI18n(i18n);
        return picker;
    }
}

package org.gsoia.workflow.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.language.Dates;
import org.springframework.context.MessageSource;

/** A letter's words in one of the product's languages: translations from the bundles, dates as readers write them. */
public final class LetterText {

    /** The languages of the bundles; a letter for any other reader is written in English, dates included. */
    private static final List<String> LANGUAGES = List.of("en", "de", "ja");

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;

    public LetterText(MessageSource messages, Locale requested) {
        this.messages = messages;
        this.locale = requested != null && LANGUAGES.contains(requested.getLanguage())
                ? Locale.forLanguageTag(requested.getLanguage())
                : Locale.ENGLISH;
        // LONG spells the month (28 November 2026, 28. November 2026, 2026年11月28日): no day/month mix-ups
        this.dates = Dates.longFormatter(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        // without arguments Spring returns the text as written: the bundles write '' only in texts with parameters
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }
}

package org.gsoia.workflow.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as the product writes them in its three languages: one short form for lists, facts and date fields, and
 * one long form for sentences and letters, the same on every screen and in every letter. The short forms are
 * numeric so that a date field can show and read them alike.
 */
public final class Dates {

    private static final Map<String, String> SHORT = Map.of("de", "dd.MM.yyyy", "ja", "yyyy/MM/dd");
    private static final String SHORT_DEFAULT = "yyyy-MM-dd";
    private static final Map<String, String> LONG = Map.of("de", "EEEE, d. MMMM yyyy", "ja", "yyyy年M月d日（E）");
    private static final String LONG_DEFAULT = "EEEE, d MMMM yyyy";

    private Dates() {
    }

    /** The short form's pattern in the reader's language: 02.12.2026, 2026/12/02, 2026-12-02. */
    public static String shortPattern(Locale locale) {
        return SHORT.getOrDefault(language(locale), SHORT_DEFAULT);
    }

    /** The short form: 02.12.2026, 2026/12/02, 2026-12-02. */
    public static DateTimeFormatter shortFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern(shortPattern(locale), locale(locale));
    }

    /** The long form, with the weekday: Wednesday, 2 December 2026; Mittwoch, 2. Dezember 2026; 2026年12月2日（水）. */
    public static DateTimeFormatter longFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern(LONG.getOrDefault(language(locale), LONG_DEFAULT), locale(locale));
    }

    /** The short form with the time of day: 02.12.2026 14:05 (give the formatter a zone for instants). */
    public static DateTimeFormatter dateTimeFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern(shortPattern(locale) + " HH:mm", locale(locale));
    }

    /** The short form; empty for no date. */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : shortFormatter(locale).format(date);
    }

    /** The long form; empty for no date. */
    public static String formatLong(LocalDate date, Locale locale) {
        return date == null ? "" : longFormatter(locale).format(date);
    }

    /** A moment as the short date and the time of day in the given zone; empty for none. */
    public static String formatDateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : dateTimeFormatter(locale).format(instant.atZone(zone));
    }

    /**
     * A moment with the zone it is read in, abbreviated as both parties write it (CET, CEST, JST): 25.10.2026 01:30
     * CEST. For deadlines in hours, where the reader must not wonder which clock is meant.
     */
    public static String formatDateTimeWithZone(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : formatDateTime(instant, zone, locale) + " "
                + ZONE_NAME.format(instant.atZone(zone));
    }

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private static String language(Locale locale) {
        return locale == null ? "en" : locale.getLanguage();
    }

    /** Month names in the reader's language; English for any language the product does not speak. */
    private static Locale locale(Locale locale) {
        return switch (language(locale)) {
            case "de" -> Locale.GERMAN;
            case "ja" -> Locale.JAPANESE;
            default -> Locale.ENGLISH;
        };
    }
}

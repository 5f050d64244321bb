package org.gsoia.workflow.ui;

import java.util.List;
import java.util.Locale;

/** The user interface languages: English, German and Japanese. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, GERMAN, JAPANESE);

    private Languages() {
    }

    /** The supported language closest to the given locale; English when there is none. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ENGLISH);
    }

    /** A language's own name, shown in the language menu whatever the current language is. */
    public static String nativeName(Locale locale) {
        return locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1);
    }
}

package org.gsoia.workflow.api;

import java.util.List;
import java.util.Locale;

/**
 * The language of an API answer: the best match of the request's {@code Accept-Language} among English, German
 * and Japanese. Without a usable header the answer is English, never the server's own default locale, so that
 * two servers answer the same request alike.
 */
public final class ApiLanguage {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE);

    private ApiLanguage() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformedHeader) {
            return Locale.ENGLISH;
        }
    }
}

package org.gsoia.workflow.agreement;

import java.util.Locale;

/**
 * The one rule for the names of organisations, facilities, authorities and people, on every screen and in every
 * letter: in the reader's language where the name exists in it, otherwise the native name with its romanisation (a
 * German reader sees "さくら航空宇宙株式会社 (Sakura Kōkū Uchū)", an English one "Sakura Aerospace Co., Ltd.", a Japanese
 * one "さくら航空宇宙株式会社"; a person has no English name, so every reader but a Japanese one sees "田中 健 (Tanaka
 * Ken)"). Names in Latin script need no romanisation.
 */
public final class ReaderNames {

    private ReaderNames() {
    }

    /**
     * @param nativeName     the name in its own language and script
     * @param englishName    the English name, if there is one
     * @param romanisation   the native name in Latin script, for names in another script
     * @param nativeLanguage the language of the native name (the party's), e.g. {@code ja}
     */
    public static String of(String nativeName, String englishName, String romanisation, Locale nativeLanguage,
                            Locale reader) {
        String language = reader == null ? "en" : reader.getLanguage();
        if (nativeLanguage != null && nativeLanguage.getLanguage().equals(language)) {
            return nativeName;
        }
        if ("en".equals(language) && englishName != null && !englishName.isBlank()) {
            return englishName;
        }
        return romanisation == null || romanisation.isBlank() ? nativeName : nativeName + " (" + romanisation + ")";
    }
}

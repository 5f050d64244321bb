package org.gsoia.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reader's language where the name exists in it, else the native name with its romanisation. */
class ReaderNamesTest {

    private static String sakura(Locale reader) {
        return ReaderNames.of("さくら航空宇宙株式会社", "Sakura Aerospace Co., Ltd.", "Sakura Kōkū Uchū Kabushiki-gaisha",
                Locale.JAPANESE, reader);
    }

    private static String nordwerk(Locale reader) {
        return ReaderNames.of("Nordwerk Systemtechnik GmbH", "Nordwerk Systemtechnik GmbH", null, Locale.GERMAN, reader);
    }

    @Test
    void aJapaneseNameReadsNativelyInJapaneseInEnglishInEnglishAndWithItsRomanisationInGerman() {
        assertThat(sakura(Locale.JAPANESE)).isEqualTo("さくら航空宇宙株式会社");
        assertThat(sakura(Locale.ENGLISH)).isEqualTo("Sakura Aerospace Co., Ltd.");
        assertThat(sakura(Locale.GERMAN)).isEqualTo("さくら航空宇宙株式会社 (Sakura Kōkū Uchū Kabushiki-gaisha)");
    }

    @Test
    void aNameInLatinScriptNeedsNoRomanisation() {
        assertThat(nordwerk(Locale.JAPANESE)).isEqualTo("Nordwerk Systemtechnik GmbH");
        assertThat(nordwerk(Locale.GERMAN)).isEqualTo("Nordwerk Systemtechnik GmbH");
    }
}

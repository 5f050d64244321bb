package org.gsoia.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every screen must be complete in English, German and Japanese: same keys, same parameters everywhere. */
class TranslationsTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + Translations.BUNDLE + suffix + ".properties")) {
            assertThat(in).as("bundle %s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_ja"})
    void everyLanguageHasExactlyTheKeysOfTheEnglishBundleWithTheSameParameters(String suffix) throws IOException {
        Properties english = bundle("");
        Properties other = bundle(suffix);
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            int expected = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            assertThat(new MessageFormat(other.getProperty(key)).getFormatsByArgumentIndex())
                    .as("parameters of %s in %s", key, suffix).hasSize(expected);
            assertThat(other.getProperty(key)).as("%s in %s", key, suffix).isNotBlank();
        }
    }

    @Test
    void translationsFallBackToEnglishAndFormatParametersInTheLocale() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("nav.home", Locale.FRENCH))
                .isEqualTo(translations.getTranslation("nav.home", Locale.ENGLISH));
        assertThat(translations.getTranslation("home.manager.summary.line", Locale.GERMAN, 1234, 1, 2)).contains("1.234");
        assertThat(translations.getTranslation("home.manager.summary.line", Locale.ENGLISH, 1234, 1, 2)).contains("1,234");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}

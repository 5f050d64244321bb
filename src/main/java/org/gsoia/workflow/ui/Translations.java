package org.gsoia.workflow.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every visible string comes from {@code vaadin-i18n/translations*.properties}. English is the fallback;
 * the provided locales are fixed so that a browser's language never selects an unsupported one.
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Languages.supported(locale), NO_FALLBACK_TO_SYSTEM)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' ({})", key, locale);
            return "!" + key;
        }
    }

    /** The bundle for English is the base file; never fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}

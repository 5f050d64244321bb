package org.gsoia.workflow.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A free text with the language it was written in, unless that is the reader's: "Access to hall 3 only (written in
 * English)". Every screen marks free texts this way (reasons, conditions, restrictions, notes).
 */
public final class WrittenText {

    private WrittenText() {
    }

    /** The text, with the language marked in a smaller span and as its tooltip. */
    public static Component component(String text, String languageTag, Locale reader, Component translator) {
        Span value = new Span(text == null ? "" : text);
        String marker = marker(text, languageTag, reader, translator);
        if (marker == null) {
            return value;
        }
        Span language = new Span(marker);
        language.addClassName("gsoia-written-in");
        Span both = new Span(value, new Span(" "), language);
        both.setTitle(marker);
        return both;
    }

    /** The text with the marker appended, for places that take plain text (grid cells, letters). */
    public static String plain(String text, String languageTag, Locale reader, Component translator) {
        String marker = marker(text, languageTag, reader, translator);
        return marker == null ? (text == null ? "" : text) : text + " " + marker;
    }

    private static String marker(String text, String languageTag, Locale reader, Component translator) {
        if (text == null || text.isEmpty() || languageTag == null || languageTag.isBlank()) {
            return null;
        }
        Locale written = Locale.forLanguageTag(languageTag);
        if (written.getLanguage().equals(reader.getLanguage())) {
            return null;
        }
        return translator.getTranslation("text.writtenIn", written.getDisplayLanguage(reader));
    }
}

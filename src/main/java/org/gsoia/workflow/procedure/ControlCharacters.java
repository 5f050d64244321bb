package org.gsoia.workflow.procedure;

/**
 * The one rule for control characters in text people or systems send us. They are invisible, mean nothing in a
 * name or a reason, and PostgreSQL cannot store NUL at all (a NUL that reaches a query or a row fails the whole
 * request), so every text field refuses them: a line holds none at all, a text of several lines only tab, line
 * feed and carriage return. The Unicode line and paragraph separators are refused in both, since our outputs
 * (letters, CSV, logs) break lines at line feeds only.
 */
public final class ControlCharacters {

    /** Translation key of the message that tells the user to remove them. */
    public static final String MESSAGE_KEY = "validation.controlCharacters";

    private ControlCharacters() {
    }

    /** True when the text has one that a single-line field refuses: any at all. Null has none. */
    public static boolean inLine(CharSequence text) {
        return text != null && text.codePoints().anyMatch(ControlCharacters::isControl);
    }

    /** True when the text has one that a multi-line field refuses: any but tab, line feed and carriage return. */
    public static boolean inText(CharSequence text) {
        return text != null && text.codePoints().anyMatch(c -> isControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /**
     * Unicode category Cc (C0, DEL, C1), the line and paragraph separators U+2028 and U+2029, and a half of a
     * surrogate pair without its other half (no character at all: the database would store a question mark).
     */
    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL || Character.getType(codePoint) == Character.SURROGATE
                || codePoint == '\u2028' || codePoint == '\u2029';
    }
}

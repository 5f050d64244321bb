package org.gsoia.workflow.procedure;

import java.util.List;

/**
 * The checks every free-text field of every procedure gets, in forms, REST and process steps alike: required, no
 * control characters (PostgreSQL refuses a NUL), not longer than its column.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** A single line (a name, a number): line breaks count as control characters. */
    public static void line(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        check(problems, field, value, max, required, ControlCharacters.inLine(value));
    }

    /** A text of several lines. */
    public static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        check(problems, field, value, max, required, ControlCharacters.inText(value));
    }

    /** The value as stored: stripped, null when blank. */
    public static String stored(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void check(List<FieldProblem> problems, String field, String value, int max, boolean required,
                              boolean controlCharacters) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
        } else if (controlCharacters) {
            problems.add(FieldProblem.of(field, ControlCharacters.MESSAGE_KEY));
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong"));
        }
    }
}

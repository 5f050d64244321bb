package org.gsoia.workflow.procedure;

import java.util.List;

/**
 * One thing wrong with one field of a request: the field's path (e.g. {@code visitors[2].passportNumber}), a
 * translation key and its arguments. Forms show it next to the field, the REST API in its problem document.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}

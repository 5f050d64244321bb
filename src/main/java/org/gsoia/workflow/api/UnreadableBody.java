package org.gsoia.workflow.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.gsoia.workflow.procedure.FieldProblem;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says what is wrong with a request body Jackson could not read, as a {@link FieldProblem} in the form's terms: the
 * field's path ({@code visitors[0].dateOfBirth}, as the validator names it) and what the field expects, or the
 * property the API does not know, so that a client's developer needs no stack trace to find the mistake.
 */
public final class UnreadableBody {

    private UnreadableBody() {
    }

    public static FieldProblem problem(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            // its path ends with the property itself: visitors[0].middleName
            return FieldProblem.of(path(unknown), "api.json.unknownProperty", unknown.getPropertyName());
        }
        if (cause instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null
                && trailing.getOriginalMessage().startsWith("Trailing token")) {
            return malformed(trailing.getLocation());
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch(path(mismatch), mismatch.getTargetType());
        }
        if (cause instanceof StreamReadException malformed) {
            return malformed(malformed.getLocation());
        }
        if (cause instanceof JsonMappingException mapping) {
            return FieldProblem.of(path(mapping), "api.json.unreadable");
        }
        // Spring's own "Required request body is missing" comes without a cause
        return FieldProblem.of(null, cause == null ? "api.json.missing" : "api.json.unreadable");
    }

    private static FieldProblem malformed(JsonLocation location) {
        return location == null
                ? FieldProblem.of(null, "api.json.malformed", "?", "?")
                : FieldProblem.of(null, "api.json.malformed", String.valueOf(location.getLineNr()),
                        String.valueOf(location.getColumnNr()));
    }

    private static FieldProblem mismatch(String field, Class<?> target) {
        if (target == null) {
            return FieldProblem.of(field, "api.json.unreadable");
        }
        if (target.isEnum()) {
            return FieldProblem.of(field, "api.json.enum", Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return FieldProblem.of(field, "api.json.date");
        }
        if (target == Boolean.class || target == boolean.class) {
            return FieldProblem.of(field, "api.json.boolean");
        }
        return FieldProblem.of(field, "api.json.type", jsonKind(target));
    }

    /** The JSON term for what the field holds; technical words that need no translation. */
    private static String jsonKind(Class<?> target) {
        if (CharSequence.class.isAssignableFrom(target)) {
            return "string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "number";
        }
        return "object";
    }

    /** {@code visitors[0].dateOfBirth}; null when the body as a whole is wrong. */
    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}

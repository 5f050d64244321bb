package org.gsoia.workflow.procedure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values for declared {@link ProcessVariable}s, handed to the engine when a process starts, a message is
 * correlated or a task is completed. The only way the application passes variables to the engine, so that every
 * name it writes is one the models can be checked against.
 */
public final class ProcessValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private ProcessValues() {
    }

    /** No values (a task whose completion carries no choice). */
    public static ProcessValues none() {
        return new ProcessValues();
    }

    public static <T> ProcessValues of(ProcessVariable<T> variable, T value) {
        return new ProcessValues().and(variable, value);
    }

    public <T> ProcessValues and(ProcessVariable<T> variable, T value) {
        values.put(variable.name(), value);
        return this;
    }

    /** The values by variable name, as the engine's API takes them. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}

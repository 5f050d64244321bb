package org.gsoia.workflow.procedure;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable that a procedure's code and its BPMN/DMN models share: its name, its type and who writes it.
 * Each procedure declares its variables once, in its process constants class (e.g. {@code VisitProcess}), and its
 * code writes them only through these descriptors; {@code ProcessModelVariablesTest} reads every model and fails
 * when a model reads a variable no procedure declares, or a declared variable is read by no model.
 *
 * @param name       the variable's name, as the models write it in expressions ({@code ${decision == 'REJECT'}})
 * @param type       what the variable holds
 * @param writer     who writes it
 * @param readByCode true when the procedure's own code reads it (e.g. a task listener), so no model needs to
 */
public record ProcessVariable<T>(String name, Class<T> type, Writer writer, boolean readByCode) {

    /** Who writes a variable. */
    public enum Writer {
        /** The procedure's service when it starts the process or correlates a message (business data it derives). */
        START,
        /** The completion of a user task (the user's choice, e.g. a decision). */
        TASK,
        /** A service task's step (e.g. the intake check's verdict). */
        STEP,
        /** The model itself: a business rule task's result variable (DMN). */
        RULE
    }

    public ProcessVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(writer);
    }

    public static <T> ProcessVariable<T> start(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Writer.START, false);
    }

    public static <T> ProcessVariable<T> task(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Writer.TASK, false);
    }

    public static <T> ProcessVariable<T> step(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Writer.STEP, false);
    }

    public static <T> ProcessVariable<T> rule(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Writer.RULE, false);
    }

    /** The same variable, read by the procedure's own code (a listener or delegate) rather than by a model. */
    public ProcessVariable<T> alsoReadByCode() {
        return new ProcessVariable<>(name, type, writer, true);
    }

    /** Writes the variable where the engine runs a step (a delegate's execution, a listener's task). */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** The variable's value in the scope, or null when it is not set or of another type. */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        return type.isInstance(value) ? type.cast(value) : null;
    }
}

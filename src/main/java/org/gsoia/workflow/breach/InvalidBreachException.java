package org.gsoia.workflow.breach;

import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/** A report, a change or a task step refused for its input: every problem, by field; nothing was saved. */
public class InvalidBreachException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidBreachException(List<FieldProblem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

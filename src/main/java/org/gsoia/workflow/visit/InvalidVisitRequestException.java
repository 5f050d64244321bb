package org.gsoia.workflow.visit;

import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/** A request that breaks the rules; nothing was saved. Carries every problem found, not just the first. */
public class InvalidVisitRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidVisitRequestException(List<FieldProblem> problems) {
        super("Invalid visit request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package org.gsoia.workflow.visit.api;

import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/** Query parameters out of range (a negative page, a page size too large): 400 naming each parameter. */
class InvalidQueryException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidQueryException(List<FieldProblem> problems) {
        super("Invalid query: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}

package org.gsoia.workflow.clearance.api;

import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/** Query parameters of a register page that make no sense, each named. */
class InvalidRegisterQueryException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidRegisterQueryException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}

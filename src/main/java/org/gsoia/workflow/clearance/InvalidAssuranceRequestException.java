package org.gsoia.workflow.clearance;

import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/** A request, reply or step refused for its input: every problem, by field; nothing was saved. */
public class InvalidAssuranceRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidAssuranceRequestException(List<FieldProblem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

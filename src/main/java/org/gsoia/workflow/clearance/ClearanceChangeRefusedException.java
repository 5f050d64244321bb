package org.gsoia.workflow.clearance;

import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/** A change of a clearance that the register does not take, with every problem by field. Nothing was saved. */
public class ClearanceChangeRefusedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    ClearanceChangeRefusedException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

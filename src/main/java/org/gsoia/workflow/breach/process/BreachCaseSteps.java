package org.gsoia.workflow.breach.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachEscalation;
import org.springframework.stereotype.Component;

/** The service tasks of {@code breach-notification}: thin, the front does the work. */
@Component("breachCaseSteps")
public class BreachCaseSteps {

    private final BreachCases cases;

    BreachCaseSteps(BreachCases cases) {
        this.cases = cases;
    }

    /** A target of the chain was missed: {@code OFFICER}, {@code AUTHORITY} or {@code ORIGINATOR}. */
    public void escalate(DelegateExecution execution, String step) {
        cases.escalate(execution.getProcessBusinessKey(), BreachEscalation.Step.valueOf(step),
                execution.getProcessInstanceId());
    }

    /** Accepted and damage assessed: the case closes; its open corrective actions are followed up. */
    public void close(DelegateExecution execution) {
        BreachProcess.ACTIONS_OPEN.set(execution, cases.close(execution.getProcessBusinessKey()));
    }
}

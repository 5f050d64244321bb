package org.gsoia.workflow.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gsoia.workflow.visit.process.VisitProcess;

/**
 * What the product's visit model calls ({@code ${visitCaseSteps.…(execution)}}, {@code ${fourEyesGuard}}), with
 * the product taken out: each step sets only the variables the model's gateways read, so that {@link
 * LifecycleBenchmark} can run the real {@code visit-request.bpmn} on a bare engine and show what the engine alone
 * costs on it. Public because the engine's expression language calls only public classes.
 */
public class BareVisitSteps {

    /** The task listener on "Confirm decision": the product refuses a confirmation by the first decider. */
    public static final TaskListener NO_FOUR_EYES_GUARD = (DelegateTask task) -> { };

    public void checkIntake(DelegateExecution execution) {
        VisitProcess.INTAKE_COMPLETE.set(execution, true);
    }

    public void markInCertification(DelegateExecution execution) {
        VisitProcess.VISITORS_TO_CERTIFY.set(execution, true);
    }

    public void markInReview(DelegateExecution execution) {
        // the product records the status in its own table
    }

    public void markAwaitingConfirmation(DelegateExecution execution) {
        // the product records the status in its own table
    }

    public void markNoticeSent(DelegateExecution execution) {
        // the product records the status and notifies the host facility
    }

    public void markApproved(DelegateExecution execution) {
        // the product records the status in its own table
    }
}

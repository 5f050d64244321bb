package org.gsoia.workflow.visit.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the {@code visitCaseSteps} bean of the service: records which step the model called, in order,
 * and answers the intake check with outcomes a test chooses. Public with public methods because the engine's
 * expression language calls them by reflection.
 */
public class VisitCaseStepsRecorder {

    private final List<String> calls = new ArrayList<>();
    private final Deque<Boolean> intakeOutcomes = new ArrayDeque<>();
    private final Deque<Boolean> visitorsToCertify = new ArrayDeque<>();

    /** Outcomes of the next intake checks, in order; once used up, intake is complete. */
    void intakeOutcomes(Boolean... outcomes) {
        intakeOutcomes.addAll(List.of(outcomes));
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    public void checkIntake(DelegateExecution execution) {
        record(execution, "checkIntake");
        execution.setVariable("intakeComplete", intakeOutcomes.isEmpty() ? Boolean.TRUE : intakeOutcomes.poll());
    }

    public void markReturned(DelegateExecution execution) {
        record(execution, "markReturned");
    }

    public void markInCertification(DelegateExecution execution) {
        record(execution, "markInCertification");
        execution.setVariable("visitorsToCertify", visitorsToCertify.isEmpty() ? Boolean.TRUE : visitorsToCertify.poll());
    }

    /** Answers of the next certification checks, in order; once used up, visitors need certifying. */
    void visitorsToCertify(Boolean... answers) {
        visitorsToCertify.addAll(List.of(answers));
    }

    public void markInReview(DelegateExecution execution) {
        record(execution, "markInReview");
    }

    public void markEscalated(DelegateExecution execution) {
        record(execution, "markEscalated");
    }

    public void markInformationRequested(DelegateExecution execution) {
        record(execution, "markInformationRequested");
    }

    public void markAwaitingConfirmation(DelegateExecution execution) {
        record(execution, "markAwaitingConfirmation");
    }

    public void markNoticeSent(DelegateExecution execution) {
        record(execution, "markNoticeSent");
    }

    public void markApproved(DelegateExecution execution) {
        record(execution, "markApproved");
    }

    public void markRejected(DelegateExecution execution) {
        record(execution, "markRejected");
    }

    public void markCancelled(DelegateExecution execution) {
        record(execution, "markCancelled");
    }

    public void markCompleted(DelegateExecution execution) {
        record(execution, "markCompleted");
    }

    public void markExpired(DelegateExecution execution) {
        record(execution, "markExpired");
    }

    public void liftSuspension(DelegateExecution execution) {
        record(execution, "liftSuspension");
    }

    public void markApprovalWithdrawn(DelegateExecution execution) {
        record(execution, "markApprovalWithdrawn");
    }

    public void prepareAmendment(DelegateExecution execution) {
        record(execution, "prepareAmendment");
    }

    /** Every step must see the request's reference, from whichever scope of the model it runs in. */
    private void record(DelegateExecution execution, String step) {
        if (!VisitRequestDriver.BUSINESS_KEY.equals(execution.getProcessBusinessKey())) {
            throw new AssertionError(step + " ran without the business key: " + execution.getProcessBusinessKey());
        }
        calls.add(step);
    }
}

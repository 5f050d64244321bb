package org.gsoia.workflow.visit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gsoia.workflow.visit.VisitProgress;
import org.gsoia.workflow.visit.VisitStatus;
import org.springframework.stereotype.Component;

/**
 * The process's hands in the domain: each service task of {@code visit-request.bpmn} calls one method here
 * ({@code ${visitCaseSteps.markApproved(execution)}}). Thin on purpose: it reads the case's reference from the
 * business key and hands over to {@link VisitProgress}, where the rules live.
 */
// public: the process engine's expression language only calls methods of public classes
@Component("visitCaseSteps")
public class VisitCaseSteps {

    private final VisitProgress progress;

    VisitCaseSteps(VisitProgress progress) {
        this.progress = progress;
    }

    /** Completeness and lead time, checked again whenever the request (re)enters the procedure. */
    public void checkIntake(DelegateExecution execution) {
        VisitProcess.INTAKE_COMPLETE.set(execution, progress.checkIntake(execution.getProcessBusinessKey()));
    }

    public void markInCertification(DelegateExecution execution) {
        record(execution, VisitStatus.IN_CERTIFICATION);
        VisitProcess.VISITORS_TO_CERTIFY.set(execution, progress.visitorsToCertify(execution.getProcessBusinessKey()));
    }

    public void markInReview(DelegateExecution execution) {
        record(execution, VisitStatus.IN_REVIEW);
    }

    public void markEscalated(DelegateExecution execution) {
        progress.markEscalated(execution.getProcessBusinessKey());
    }

    public void markInformationRequested(DelegateExecution execution) {
        record(execution, VisitStatus.INFORMATION_REQUESTED);
    }

    public void markReturned(DelegateExecution execution) {
        record(execution, VisitStatus.CORRECTION_NEEDED);
    }

    public void markAwaitingConfirmation(DelegateExecution execution) {
        record(execution, VisitStatus.AWAITING_CONFIRMATION);
    }

    public void markNoticeSent(DelegateExecution execution) {
        record(execution, VisitStatus.AWAITING_ACKNOWLEDGEMENT);
    }

    public void markApproved(DelegateExecution execution) {
        record(execution, VisitStatus.APPROVED);
    }

    public void markRejected(DelegateExecution execution) {
        record(execution, VisitStatus.REJECTED);
    }

    public void markCancelled(DelegateExecution execution) {
        record(execution, VisitStatus.CANCELLED);
    }

    public void markCompleted(DelegateExecution execution) {
        record(execution, VisitStatus.COMPLETED);
    }

    public void markExpired(DelegateExecution execution) {
        record(execution, VisitStatus.EXPIRED);
    }

    public void liftSuspension(DelegateExecution execution) {
        progress.liftSuspension(execution.getProcessBusinessKey());
    }

    public void markApprovalWithdrawn(DelegateExecution execution) {
        record(execution, VisitStatus.APPROVAL_WITHDRAWN);
    }

    /** An amendment goes back to certification; visitors certified before keep their certification. */
    public void prepareAmendment(DelegateExecution execution) {
        record(execution, VisitStatus.IN_CERTIFICATION);
    }

    private void record(DelegateExecution execution, VisitStatus status) {
        progress.record(execution.getProcessBusinessKey(), status);
    }
}

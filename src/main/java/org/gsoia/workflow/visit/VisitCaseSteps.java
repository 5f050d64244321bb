package org.gsoia.workflow.visit;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The process's hands in the domain: each service task of {@code visit-request.bpmn} calls one method here
 * ({@code ${visitCaseSteps.markApproved(execution)}}). Thin on purpose: it keeps the request's status in step with
 * the process; the rules live in the services and the validator.
 */
// public: the process engine's expression language only calls methods of public classes
@Component("visitCaseSteps")
public class VisitCaseSteps {

    private final VisitRequestRepository requests;
    private final VisitRequestValidator validator;

    VisitCaseSteps(VisitRequestRepository requests, VisitRequestValidator validator) {
        this.requests = requests;
        this.validator = validator;
    }

    /** Completeness and lead time, checked again whenever the request (re)enters the procedure. */
    public void checkIntake(DelegateExecution execution) {
        VisitRequest request = request(execution);
        List<FieldProblem> problems = validator.problems(request.toData(), request.getAgreementId(),
                request.getApplicantOrganisationId(), request.getSendingParty(), request.getHostParty());
        execution.setVariable("intakeComplete", problems.isEmpty());
        execution.setVariable("intakeProblems", problems.stream().map(FieldProblem::messageKey).distinct().toList());
        request.changeStatus(problems.isEmpty() ? VisitStatus.SUBMITTED : VisitStatus.CORRECTION_NEEDED);
    }

    public void markInCertification(DelegateExecution execution) {
        status(execution, VisitStatus.IN_CERTIFICATION);
    }

    public void markInReview(DelegateExecution execution) {
        status(execution, VisitStatus.IN_REVIEW);
    }

    public void markEscalated(DelegateExecution execution) {
        update(execution, VisitRequest::markEscalated);
    }

    public void markInformationRequested(DelegateExecution execution) {
        status(execution, VisitStatus.INFORMATION_REQUESTED);
    }

    public void markReturned(DelegateExecution execution) {
        status(execution, VisitStatus.CORRECTION_NEEDED);
    }

    public void markAwaitingConfirmation(DelegateExecution execution) {
        status(execution, VisitStatus.AWAITING_CONFIRMATION);
    }

    public void markNoticeSent(DelegateExecution execution) {
        status(execution, VisitStatus.AWAITING_ACKNOWLEDGEMENT);
    }

    public void markApproved(DelegateExecution execution) {
        status(execution, VisitStatus.APPROVED);
    }

    public void markRejected(DelegateExecution execution) {
        status(execution, VisitStatus.REJECTED);
    }

    public void markCancelled(DelegateExecution execution) {
        status(execution, VisitStatus.CANCELLED);
    }

    public void markCompleted(DelegateExecution execution) {
        status(execution, VisitStatus.COMPLETED);
    }

    public void markExpired(DelegateExecution execution) {
        status(execution, VisitStatus.EXPIRED);
    }

    /** An amendment goes back to certification, for the visitors not certified yet only. */
    public void prepareAmendment(DelegateExecution execution) {
        execution.setVariable("newVisitorsOnly", true);
        status(execution, VisitStatus.IN_CERTIFICATION);
    }

    private void status(DelegateExecution execution, VisitStatus status) {
        update(execution, request -> request.changeStatus(status));
    }

    private void update(DelegateExecution execution, Consumer<VisitRequest> change) {
        change.accept(request(execution));
    }

    private VisitRequest request(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        return requests.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("Process for unknown visit request " + reference));
    }
}

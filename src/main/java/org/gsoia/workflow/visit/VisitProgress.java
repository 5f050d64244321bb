package org.gsoia.workflow.visit;

import java.util.List;
import java.util.function.Consumer;
import org.gsoia.workflow.procedure.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process records on a request as it moves on: the intake check's verdict and each new status. Called by
 * the process's steps ({@code visit.process.VisitCaseSteps}) inside the engine's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class VisitProgress {

    private final VisitRequestRepository requests;
    private final VisitRequestValidator validator;
    private final LeadTimes leadTimes;
    private final org.gsoia.workflow.notification.Notifications notifications;

    VisitProgress(VisitRequestRepository requests, VisitRequestValidator validator, LeadTimes leadTimes,
                  org.gsoia.workflow.notification.Notifications notifications) {
        this.requests = requests;
        this.validator = validator;
        this.leadTimes = leadTimes;
        this.notifications = notifications;
    }

    /** Visits tell the applicant the decision (optional) and the host authority of an escalation (mandatory). */
    public static final org.gsoia.workflow.notification.Topic DECIDED =
            org.gsoia.workflow.notification.Topic.optional("VISIT_DECIDED");
    public static final org.gsoia.workflow.notification.Topic ESCALATED =
            org.gsoia.workflow.notification.Topic.mandatory("VISIT_ESCALATED");

    /**
     * Completeness and lead time, checked whenever the request (re)enters the procedure, with the lead time counted
     * from filing; the request waits for the applicant's correction when it fails.
     *
     * @return whether the request is complete
     */
    public boolean checkIntake(String reference) {
        VisitRequest request = request(reference);
        List<FieldProblem> problems = validator.problems(request.toData(), request.getAgreementId(),
                request.getApplicantOrganisationId(), request.getSendingParty(), request.getHostParty(),
                leadTimes.leadTimeCountsFrom(request, request.getStartDate()));
        request.changeStatus(problems.isEmpty() ? VisitStatus.SUBMITTED : VisitStatus.CORRECTION_NEEDED);
        requests.flush();
        return problems.isEmpty();
    }

    /**
     * Whether the sending authority certifies: as before for any request with a visitor typed in (its task shows
     * which visitors are certified already); only a request whose visitors all come from the PSC register skips it.
     */
    public boolean visitorsToCertify(String reference) {
        return request(reference).getVisitors().stream().anyMatch(v -> v.getPersonnelClearanceId() == null);
    }

    public void record(String reference, VisitStatus status) {
        update(reference, request -> request.changeStatus(status));
        if (status == VisitStatus.APPROVED || status == VisitStatus.REJECTED) {
            notifications.toUsers(org.gsoia.workflow.notification.Notice.of(DECIDED, reference,
                    VisitProcedure.DESCRIPTION.page(reference), new org.gsoia.workflow.notification.Notice.Translated(
                            "visit.status." + status.name())), List.of(request(reference).getApplicantUserId()));
        }
    }

    public void liftSuspension(String reference) {
        update(reference, VisitRequest::liftSuspension);
    }

    public void markEscalated(String reference) {
        update(reference, VisitRequest::markEscalated);
        notifications.toGroup(org.gsoia.workflow.notification.Notice.of(ESCALATED, reference,
                VisitProcedure.DESCRIPTION.page(reference)),
                org.gsoia.workflow.security.CaseGroups.authority(request(reference).getHostParty()));
    }

    /**
     * Changes the request and writes the change at once: a step's write that fails (a constraint, the database) then
     * fails in that step, which the incident names, not in whichever later step would have flushed it.
     */
    private void update(String reference, Consumer<VisitRequest> change) {
        change.accept(request(reference));
        requests.flush();
    }

    private VisitRequest request(String reference) {
        return requests.byReference(reference)
                .orElseThrow(() -> new IllegalStateException("Process for unknown visit request " + reference));
    }
}

package org.gsoia.workflow.visit.plugin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.gsoia.workflow.visit.VisitProcedure;
import org.gsoia.workflow.visit.VisitRequestFacts;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.gsoia.workflow.visit.process.VisitProcessVariables;
import org.springframework.stereotype.Component;

/** What the task inbox shows of a visit request: requesting organisation, holding party, level and task deadline. */
@Component
class VisitInboxSource implements InboxCaseSource {

    private final VisitRequests requests;
    private final VisitProcessVariables variables;

    VisitInboxSource(VisitRequests requests, VisitProcessVariables variables) {
        this.requests = requests;
        this.variables = variables;
    }

    @Override
    public Procedure procedure() {
        return VisitProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        // facts, not the request: a fan-out that opens a thousand tasks in one transaction must not load them all
        return requests.factsOf(reference).map(request -> new InboxCaseFacts(request.applicantOrganisationId(),
                holdingParty(request, taskKey), request.agreementId(), request.levelId(), request.sendingParty(),
                request.levelRank(), due(request, taskKey)));
    }

    /** The party whose authority or organisation works on the task. */
    private static String holdingParty(VisitRequestFacts request, String taskKey) {
        return switch (taskKey) {
            case VisitProcess.REVIEW_REQUEST, VisitProcess.CONFIRM_DECISION, VisitProcess.HANDLE_ESCALATION,
                 VisitProcess.ACKNOWLEDGE_NOTICE, VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE,
                 VisitProcess.REVIEW_SUSPENSION -> request.hostParty();
            default -> request.sendingParty();
        };
    }

    /**
     * The deadline each task works towards: the host authority's decision date for everything before the decision
     * (the applicant's answers and corrections hold the decision up), the first day of the visit for the host
     * facility's acknowledgement, the end of the approval for a renewal.
     */
    private Instant due(VisitRequestFacts request, String taskKey) {
        LocalDate day = switch (taskKey) {
            // a suspended approval is settled before the visit starts
            case VisitProcess.ACKNOWLEDGE_NOTICE, VisitProcess.REVIEW_SUSPENSION -> request.startDate().minusDays(1);
            case VisitProcess.CONSIDER_RENEWAL -> request.validUntil();
            default -> request.decisionDueDate();
        };
        return day == null ? null : variables.endOfDay(request.hostParty(), day).toInstant();
    }
}

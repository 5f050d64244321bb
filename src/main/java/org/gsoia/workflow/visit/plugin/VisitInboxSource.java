package org.gsoia.workflow.visit.plugin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.gsoia.workflow.visit.VisitProcedure;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.gsoia.workflow.visit.process.VisitProcessVariables;
import org.springframework.stereotype.Component;

/** What the task inbox shows of a visit request: requesting organisation, holding party, level and task deadline. */
@Component
class VisitInboxSource implements InboxCaseSource {

    private final VisitRequests requests;
    private final ReferenceData referenceData;
    private final VisitProcessVariables variables;

    VisitInboxSource(VisitRequests requests, ReferenceData referenceData, VisitProcessVariables variables) {
        this.requests = requests;
        this.referenceData = referenceData;
        this.variables = variables;
    }

    @Override
    public Procedure procedure() {
        return VisitProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        return requests.byReference(reference).map(request -> {
            Integer rank = referenceData.levelsOf(request.getSendingParty()).stream()
                    .filter(level -> level.getId().equals(request.getLevelId()))
                    .map(ClassificationLevel::getRank).findFirst().orElse(null);
            return new InboxCaseFacts(request.getApplicantOrganisationId(), holdingParty(request, taskKey),
                    request.getAgreementId(), request.getLevelId(), request.getSendingParty(), rank, due(request, taskKey));
        });
    }

    /** The party whose authority or organisation works on the task. */
    private static String holdingParty(VisitRequest request, String taskKey) {
        return switch (taskKey) {
            case VisitProcess.REVIEW_REQUEST, VisitProcess.CONFIRM_DECISION, VisitProcess.HANDLE_ESCALATION,
                 VisitProcess.ACKNOWLEDGE_NOTICE, VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE,
                 VisitProcess.REVIEW_SUSPENSION -> request.getHostParty();
            default -> request.getSendingParty();
        };
    }

    /**
     * The deadline each task works towards: the host authority's decision date for everything before the decision
     * (the applicant's answers and corrections hold the decision up), the first day of the visit for the host
     * facility's acknowledgement, the end of the approval for a renewal.
     */
    private Instant due(VisitRequest request, String taskKey) {
        LocalDate day = switch (taskKey) {
            // a suspended approval is settled before the visit starts
            case VisitProcess.ACKNOWLEDGE_NOTICE, VisitProcess.REVIEW_SUSPENSION -> request.getStartDate().minusDays(1);
            case VisitProcess.CONSIDER_RENEWAL -> request.getValidUntil();
            default -> request.getDecisionDueDate();
        };
        return day == null ? null : variables.endOfDay(request, day).toInstant();
    }
}

package org.gsoia.workflow.clearance.plugin;

import java.time.Instant;
import java.util.Optional;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.clearance.AssuranceRules;
import org.gsoia.workflow.clearance.ClearanceProcedure;
import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.springframework.stereotype.Component;

/**
 * What the task inbox shows of an assurance request: the requesting authority, the party whose authority holds the
 * task, the required level and, for the reply, its deadline (the national clearance's steps have none of their own).
 */
@Component
class AssuranceInboxSource implements InboxCaseSource {

    private final AssuranceRequests requests;
    private final AssuranceRules rules;
    private final ReferenceData referenceData;

    AssuranceInboxSource(AssuranceRequests requests, AssuranceRules rules, ReferenceData referenceData) {
        this.requests = requests;
        this.rules = rules;
        this.referenceData = referenceData;
    }

    @Override
    public Procedure procedure() {
        return ClearanceProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        return requests.byReference(reference).map(request -> {
            Integer rank = referenceData.levelsOf(request.getRequestingParty()).stream()
                    .filter(level -> level.getId().equals(request.getRequiredLevelId()))
                    .map(ClassificationLevel::getRank).findFirst().orElse(null);
            boolean requesting = taskKey.equals(AssuranceProcess.ESCALATE_OVERDUE_REPLY)
                    || taskKey.equals(AssuranceProcess.TAKE_NOTE_OF_REPLY);
            return new InboxCaseFacts(request.getRequestingAuthorityId(),
                    requesting ? request.getRequestingParty() : request.getReceivingParty(), request.getAgreementId(),
                    request.getRequiredLevelId(), request.getRequestingParty(), rank, due(request, taskKey));
        });
    }

    private Instant due(AssuranceRequest request, String taskKey) {
        return taskKey.equals(AssuranceProcess.REPLY_TO_REQUEST)
                ? rules.endOfDay(request.getReceivingParty(), request.getReplyDueOn()).toInstant() : null;
    }
}

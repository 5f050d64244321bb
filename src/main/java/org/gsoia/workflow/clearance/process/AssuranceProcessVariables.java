package org.gsoia.workflow.clearance.process;

import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRules;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.springframework.stereotype.Component;

/**
 * The few variables an assurance request's process needs, derived from the request when it is filed: the two
 * authorities' industrial-security groups (R-AU-03), the reply deadline and the status-update cycle.
 */
@Component
public class AssuranceProcessVariables {

    private final AssuranceRules rules;

    AssuranceProcessVariables(AssuranceRules rules) {
        this.rules = rules;
    }

    public ProcessValues atStart(AssuranceRequest request) {
        return ProcessValues
                .of(AssuranceProcess.REQUESTING_AUTHORITY_GROUP,
                        CaseGroups.securityAuthority(request.getRequestingAuthorityId()))
                .and(AssuranceProcess.RECEIVING_AUTHORITY_GROUP,
                        CaseGroups.securityAuthority(request.getReceivingAuthorityId()))
                .and(AssuranceProcess.REPLY_DUE_DATE,
                        rules.endOfDay(request.getReceivingParty(), request.getReplyDueOn()))
                .and(AssuranceProcess.STATUS_UPDATE_CYCLE,
                        rules.statusUpdateCycle(request.getAgreementId(), request.getReceivingParty()));
    }
}

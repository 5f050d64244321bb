package org.gsoia.workflow.breach;

import org.gsoia.workflow.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chain's targets per agreement and receiving party: data, read where a case starts or escalates. */
@Service
public class BreachRules {

    private final BreachRuleRepository rules;
    private final AuditLog auditLog;

    BreachRules(BreachRuleRepository rules, AuditLog auditLog) {
        this.rules = rules;
        this.auditLog = auditLog;
    }

    BreachRule of(String agreementId, String receivingParty) {
        return rules.findById(new BreachRule.Key(agreementId, receivingParty)).orElseThrow(() ->
                new IllegalStateException("No breach rule for " + agreementId + "/" + receivingParty));
    }

    /** Names the head of the authority that missed targets are escalated to; null: the authority's group. */
    @Transactional
    public void appointHeadOfAuthority(String agreementId, String receivingParty, String headUserId, String byUserId) {
        of(agreementId, receivingParty).appointHead(headUserId);
        auditLog.record(byUserId, "BREACH_HEAD_APPOINTED", agreementId + "/" + receivingParty, headUserId);
    }
}

package org.gsoia.workflow.visit.plugin;

import java.util.List;
import org.gsoia.workflow.metrics.ProcedureMetrics;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.visit.VisitProcedure;
import org.springframework.stereotype.Component;

/**
 * Visit requests on the manager dashboard: the host party's authority owes the decision by the request's decision
 * due date; only approvals and rejections count as decisions (a question or a return keeps the case undecided); a
 * decision on or after the visit's first day came after the lead time the agreement promises.
 */
@Component
class VisitProcedureMetrics implements ProcedureMetrics {

    @Override
    public Procedure procedure() {
        return VisitProcedure.DESCRIPTION;
    }

    @Override
    public String caseFactsSql() {
        return """
                select v.reference as case_key, v.host_party_code as party_code,
                       v.decision_due_date as due_date,
                       v.decided_at as resolved_at,
                       case when v.decision in ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'REJECT') then 1 else 0 end as decided,
                       v.decision as outcome,
                       case when v.escalated then 1 else 0 end as escalated,
                       case when v.decision in ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'REJECT')
                                 and cast(v.decided_at as date) >= v.start_date then 1 else 0 end as late
                from visit_request v
                where v.reference is not null""";
    }

    @Override
    public List<String> decisionOutcomes() {
        return List.of("APPROVE", "APPROVE_WITH_CONDITIONS", "REJECT");
    }

    @Override
    public String outcomeLabelKey(String outcome) {
        return "visit.decision." + outcome;
    }
}

package org.gsoia.workflow.breach.plugin;

import java.util.List;
import org.gsoia.workflow.breach.BreachProcedure;
import org.gsoia.workflow.metrics.ProcedureMetrics;
import org.gsoia.workflow.procedure.Procedure;
import org.springframework.stereotype.Component;

/**
 * Breach cases on the manager dashboard. The "decision" a breach case owes is the initial notification of the
 * originating party: due one target after the national authority had the case, late when sent after that moment;
 * escalated when any target of the chain was missed. The outcome is the case's classification when it was notified.
 */
@Component
class BreachProcedureMetrics implements ProcedureMetrics {

    @Override
    public Procedure procedure() {
        return BreachProcedure.DESCRIPTION;
    }

    @Override
    public String caseFactsSql() {
        return """
                select b.reference as case_key, b.receiving_party_code as party_code,
                       cast(b.originator_due_at as date) as due_date,
                       b.notified_at as resolved_at,
                       case when b.notified_at is not null then 1 else 0 end as decided,
                       case when b.notified_at is not null then b.classification else null end as outcome,
                       case when exists (select 1 from breach_escalation e where e.case_id = b.id) then 1 else 0 end
                           as escalated,
                       case when b.notified_at > b.originator_due_at then 1 else 0 end as late
                from breach_case b""";
    }

    @Override
    public List<String> decisionOutcomes() {
        return List.of("POSSIBLE", "CONFIRMED", "NOT_A_BREACH");
    }

    @Override
    public String outcomeLabelKey(String outcome) {
        return "breach.classification." + outcome;
    }
}

package org.gsoia.workflow.clearance.plugin;

import java.util.List;
import org.gsoia.workflow.clearance.ClearanceProcedure;
import org.gsoia.workflow.metrics.ProcedureMetrics;
import org.gsoia.workflow.procedure.Procedure;
import org.springframework.stereotype.Component;

/**
 * Assurance requests on the manager dashboard: the receiving party's authority owes the first reply by the reply
 * due date; a reply after that day is late. The outcome is the final reply's status.
 */
@Component
class AssuranceProcedureMetrics implements ProcedureMetrics {

    @Override
    public Procedure procedure() {
        return ClearanceProcedure.DESCRIPTION;
    }

    @Override
    public String caseFactsSql() {
        return """
                select r.reference as case_key, r.receiving_party_code as party_code,
                       r.reply_due_on as due_date,
                       r.first_replied_at as resolved_at,
                       case when r.first_replied_at is not null then 1 else 0 end as decided,
                       case when r.reply_final then r.reply_status else null end as outcome,
                       case when r.reply_overdue then 1 else 0 end as escalated,
                       case when r.first_replied_at is not null
                                 and cast(r.first_replied_at as date) > r.reply_due_on then 1 else 0 end as late
                from fsc_assurance_request r""";
    }

    @Override
    public List<String> decisionOutcomes() {
        return List.of("VALID", "IN_PROCESS", "NONE", "SUSPENDED", "REVOKED", "EXPIRED");
    }

    @Override
    public String outcomeLabelKey(String outcome) {
        return "assurance.replyStatus." + outcome;
    }
}

package org.gsoia.workflow.clearance;

import java.time.Year;
import javax.sql.DataSource;
import org.gsoia.workflow.procedure.ReferenceSequence;
import org.springframework.stereotype.Component;

/**
 * Case references of the clearance procedures' five kinds of case, each from its own sequence: assurance
 * requests {@code FC-}, change notices {@code CN-}, expiry reminders {@code PR-}, classified contracts
 * {@code CC-}, inspections {@code IN-}.
 */
@Component
class ClearanceReferences {

    private final ReferenceSequence assurances;
    private final ReferenceSequence notices;
    private final ReferenceSequence reminders;
    private final ReferenceSequence contracts;
    private final ReferenceSequence inspections;

    ClearanceReferences(DataSource dataSource) {
        this.assurances = ReferenceSequence.of(dataSource, "fsc_assurance_reference_seq");
        this.notices = ReferenceSequence.of(dataSource, "fsc_change_notice_reference_seq");
        this.reminders = ReferenceSequence.of(dataSource, "psc_reminder_reference_seq");
        this.contracts = ReferenceSequence.of(dataSource, "fsc_contract_reference_seq");
        this.inspections = ReferenceSequence.of(dataSource, "fsc_inspection_reference_seq");
    }

    String next(Year year) {
        return assurances.next(ClearanceProcedure.DESCRIPTION.referencePrefix(), year);
    }

    String nextNotice(Year year) {
        return notices.next(ChangeNoticeProcedure.DESCRIPTION.referencePrefix(), year);
    }

    String nextReminder(Year year) {
        return reminders.next(PscReminderProcedure.DESCRIPTION.referencePrefix(), year);
    }

    String nextContract(Year year) {
        return contracts.next(ContractProcedure.DESCRIPTION.referencePrefix(), year);
    }

    String nextInspection(Year year) {
        return inspections.next(InspectionProcedure.DESCRIPTION.referencePrefix(), year);
    }
}

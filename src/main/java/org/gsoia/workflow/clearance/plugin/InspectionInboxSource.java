package org.gsoia.workflow.clearance.plugin;

import java.time.LocalDate;
import java.util.Optional;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.clearance.FacilityInspections;
import org.gsoia.workflow.clearance.InspectionProcedure;
import org.gsoia.workflow.clearance.process.InspectionProcess;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.springframework.stereotype.Component;

/**
 * An inspection in the inbox: the facility's organisation and party, the facility's FSC level; due on the
 * inspection's due date, and while actions are followed up on the earliest open action's due date (so an overdue
 * action shows).
 */
@Component
class InspectionInboxSource implements InboxCaseSource {

    private final FacilityInspections inspections;
    private final FacilityRegister facilities;
    private final WorkingDayCalendars calendars;
    private final Agreements agreements;

    InspectionInboxSource(FacilityInspections inspections, FacilityRegister facilities,
                          WorkingDayCalendars calendars, Agreements agreements) {
        this.inspections = inspections;
        this.facilities = facilities;
        this.calendars = calendars;
        this.agreements = agreements;
    }

    @Override
    public Procedure procedure() {
        return InspectionProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        return inspections.byReference(reference).map(inspection -> {
            var facility = facilities.find(inspection.getFacilityId());
            LocalDate due = InspectionProcess.FOLLOW_UP.equals(taskKey)
                    ? inspection.firstOpenActionDue().orElse(inspection.getDueOn()) : inspection.getDueOn();
            return new InboxCaseFacts(facility.map(f -> f.organisationId()).orElse(null), inspection.getPartyCode(),
                    agreements.currentId(), facility.map(f -> f.fscLevelId()).orElse(null),
                    inspection.getPartyCode(), null, due.plusDays(1)
                    .atStartOfDay(calendars.forParty(inspection.getPartyCode()).zone()).toInstant());
        });
    }
}

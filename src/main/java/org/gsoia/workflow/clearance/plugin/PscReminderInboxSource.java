package org.gsoia.workflow.clearance.plugin;

import java.util.Optional;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.clearance.PscReminderProcedure;
import org.gsoia.workflow.clearance.PscReminders;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseFacts;
import org.gsoia.workflow.task.InboxCaseSource;
import org.springframework.stereotype.Component;

/** An expiry reminder in the inbox: the facility's organisation, the person's party and level, due at expiry. */
@Component
class PscReminderInboxSource implements InboxCaseSource {

    private final PscReminders reminders;
    private final FacilityRegister facilities;
    private final WorkingDayCalendars calendars;
    private final org.gsoia.workflow.agreement.Agreements agreements;

    PscReminderInboxSource(PscReminders reminders, FacilityRegister facilities, WorkingDayCalendars calendars,
                           org.gsoia.workflow.agreement.Agreements agreements) {
        this.agreements = agreements;
        this.reminders = reminders;
        this.facilities = facilities;
        this.calendars = calendars;
    }

    @Override
    public Procedure procedure() {
        return PscReminderProcedure.DESCRIPTION;
    }

    @Override
    public Optional<InboxCaseFacts> factsOf(String reference, String taskKey) {
        return reminders.byReference(reference).map(reminder -> {
            var clearance = reminders.clearanceOf(reminder);
            String organisation = facilities.find(clearance.getFacilityId()).map(f -> f.organisationId()).orElse(null);
            return new InboxCaseFacts(organisation, clearance.getPartyCode(), agreements.currentId(),
                    clearance.getLevelId(),
                    clearance.getPartyCode(), null, reminder.getExpiresOn().plusDays(1)
                    .atStartOfDay(calendars.forParty(clearance.getPartyCode()).zone()).toInstant());
        });
    }
}

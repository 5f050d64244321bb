package org.gsoia.workflow.clearance.process;

import org.gsoia.workflow.clearance.PscReminders;
import org.springframework.stereotype.Component;

/** The sweep's hands: opens the expiry reminders that fell due (see {@link PscReminders#openDueReminders()}). */
// public: the process engine's expression language only calls methods of public classes
@Component("pscReminderSteps")
public class PscReminderSteps {

    private final PscReminders reminders;

    PscReminderSteps(PscReminders reminders) {
        this.reminders = reminders;
    }

    public void openDueReminders() {
        reminders.openDueReminders();
    }
}

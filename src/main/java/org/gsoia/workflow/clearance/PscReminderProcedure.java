package org.gsoia.workflow.clearance;

import org.gsoia.workflow.clearance.process.PscReminderProcess;
import org.gsoia.workflow.procedure.Procedure;

/** Expiry reminders of personnel clearances as the inbox and the case file name them. */
public final class PscReminderProcedure {

    public static final Procedure DESCRIPTION = new Procedure(PscReminderProcess.PROCESS_KEY,
            "procedure.psc-expiry-reminder", "PR-", "personnel-reminders", "clearance.task.");

    private PscReminderProcedure() {
    }
}

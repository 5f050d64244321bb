package org.gsoia.workflow.breach;

import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.procedure.Procedure;

/** Breach notifications as the inbox, the case file and the dashboard name them. */
public final class BreachProcedure {

    public static final Procedure DESCRIPTION = new Procedure(BreachProcess.PROCESS_KEY,
            "procedure.breach-notification", "BN-", "breaches", "breach.task.");

    private BreachProcedure() {
    }
}

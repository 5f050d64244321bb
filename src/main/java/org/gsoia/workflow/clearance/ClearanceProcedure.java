package org.gsoia.workflow.clearance;

import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.gsoia.workflow.procedure.Procedure;

/** The facility-clearance procedure (FSC assurance requests) as the inbox, the case file and the dashboard name it. */
public final class ClearanceProcedure {

    public static final Procedure DESCRIPTION = new Procedure(AssuranceProcess.PROCESS_KEY,
            "procedure.facility-clearance", "FC-", "assurance-requests", "clearance.task.");

    private ClearanceProcedure() {
    }
}

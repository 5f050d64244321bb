package org.gsoia.workflow.clearance;

import org.gsoia.workflow.clearance.process.InspectionProcess;
import org.gsoia.workflow.procedure.Procedure;

/** Facility security inspections as the inbox and the case file name them. */
public final class InspectionProcedure {

    public static final Procedure DESCRIPTION = new Procedure(InspectionProcess.PROCESS_KEY,
            "procedure.facility-inspection", "IN-", "inspections", "clearance.task.");

    private InspectionProcedure() {
    }
}

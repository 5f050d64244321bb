package org.gsoia.workflow.visit;

import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.visit.process.VisitProcess;

/** The visit-request procedure as the inbox, the case file and the dashboard name it. */
public final class VisitProcedure {

    public static final Procedure DESCRIPTION = new Procedure(VisitProcess.PROCESS_KEY, "procedure.visit-request",
            "VR-", "visits", "visit.task.");

    private VisitProcedure() {
    }
}

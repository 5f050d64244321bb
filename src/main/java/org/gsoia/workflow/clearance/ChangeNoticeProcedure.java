package org.gsoia.workflow.clearance;

import org.gsoia.workflow.clearance.process.ChangeNoticeProcess;
import org.gsoia.workflow.procedure.Procedure;

/** Clearance change notices to the other party as the inbox and the case file name them. */
public final class ChangeNoticeProcedure {

    public static final Procedure DESCRIPTION = new Procedure(ChangeNoticeProcess.PROCESS_KEY,
            "procedure.clearance-change-notice", "CN-", "clearance-notices", "clearance.task.");

    private ChangeNoticeProcedure() {
    }
}

package org.gsoia.workflow.clearance;

import org.gsoia.workflow.clearance.process.ContractProcess;
import org.gsoia.workflow.procedure.Procedure;

/** Classified contracts as the inbox and the case file name them. */
public final class ContractProcedure {

    public static final Procedure DESCRIPTION = new Procedure(ContractProcess.PROCESS_KEY,
            "procedure.classified-contract", "CC-", "contracts", "clearance.task.");

    private ContractProcedure() {
    }
}

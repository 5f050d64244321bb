package org.gsoia.workflow.clearance.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/classified-contract.bpmn} shares with the code. */
public final class ContractProcess {

    public static final String PROCESS_KEY = "classified-contract";

    /** The contractor's security officers report on the contract (Germany: half-yearly VS-Auftragsmeldung). */
    public static final String SUBMIT_REPORT = "submitContractReport";

    public static final List<String> USER_TASKS = List.of(SUBMIT_REPORT);

    /** The contract was closed out: information returned or destroyed. */
    public static final String MESSAGE_CLOSED = "ContractClosed";

    /** Whether the contractor's party asks for periodic reports (data per agreement). */
    public static final ProcessVariable<Boolean> REPORTS_DUE = ProcessVariable.start("reportsDue", Boolean.class);
    /** The contractor's organisation, whose security officers report. */
    public static final ProcessVariable<String> CONTRACTOR_GROUP =
            ProcessVariable.start("contractorGroup", String.class);
    /** When the next report falls due; moved on by one interval with each report submitted. */
    public static final ProcessVariable<Date> REPORT_DUE_AT = ProcessVariable.start("reportDueAt", Date.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(REPORTS_DUE, CONTRACTOR_GROUP, REPORT_DUE_AT);

    private ContractProcess() {
    }
}

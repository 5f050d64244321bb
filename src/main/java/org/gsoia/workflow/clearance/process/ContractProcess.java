package org.gsoia.workflow.clearance.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/classified-contract.bpmn} shares with the code. */
public final class ContractProcess {

    public static final String PROCESS_KEY = "classified-contract";

    /** The contractor's security officers report on the contract (Germany: half-yearly VS-Auftragsmeldung). */
    public static final String SUBMIT_REPORT = "submitContractReport";

    /** The contracting party's authority secures what was released after the contractor's clearance changed. */
    public static final String SECURE_INFORMATION = "secureReleasedInformation";

    public static final List<String> USER_TASKS = List.of(SUBMIT_REPORT, SECURE_INFORMATION);

    /** The contract was closed out: information returned or destroyed. */
    public static final String MESSAGE_CLOSED = "ContractClosed";
    /** The contractor's FSC or a named person's PSC was withdrawn (R-FC-06). */
    public static final String MESSAGE_CLEARANCE_CHANGED = "ContractorClearanceChanged";

    /** Whether the contractor's party asks for periodic reports (data per agreement). */
    public static final ProcessVariable<Boolean> REPORTS_DUE = ProcessVariable.start("reportsDue", Boolean.class);
    /** The contractor's organisation, whose security officers report. */
    public static final ProcessVariable<String> CONTRACTOR_GROUP =
            ProcessVariable.start("contractorGroup", String.class);
    /** When the next report falls due; moved on by one interval with each report submitted. */
    public static final ProcessVariable<Date> REPORT_DUE_AT = ProcessVariable.start("reportDueAt", Date.class);

    /** The contracting party's designated security authority, set with each clearance change it must act on. */
    public static final ProcessVariable<String> CONTRACTING_GROUP =
            ProcessVariable.start("contractingGroup", String.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(REPORTS_DUE, CONTRACTOR_GROUP, REPORT_DUE_AT,
            CONTRACTING_GROUP);

    private ContractProcess() {
    }
}

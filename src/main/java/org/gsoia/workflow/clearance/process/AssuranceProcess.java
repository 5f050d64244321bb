package org.gsoia.workflow.clearance.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/**
 * Every name {@code processes/facility-clearance.bpmn} shares with the code: process key, user tasks, messages and
 * variables. Main code, tests and demo data use these constants; {@code ProcessModelVariablesTest} checks them
 * against the model.
 */
public final class AssuranceProcess {

    public static final String PROCESS_KEY = "facility-clearance";

    // user tasks, by who works on them
    /** Receiving authority: replies with what its FSC register states. */
    public static final String REPLY_TO_REQUEST = "replyToRequest";
    /** Receiving authority, national clearance: company data with foreign ownership and influence. */
    public static final String RECORD_COMPANY_DATA = "recordCompanyData";
    /** Receiving authority, national clearance: the company's security officer and deputy. */
    public static final String APPOINT_SECURITY_OFFICERS = "appointSecurityOfficers";
    /** Receiving authority, national clearance: the initial inspection. */
    public static final String RECORD_INITIAL_INSPECTION = "recordInitialInspection";
    /** Receiving authority, national clearance: grants or refuses the clearance (the final reply). */
    public static final String DECIDE_CLEARANCE = "decideClearance";
    /** Requesting authority: the reply deadline passed; escalates authority to authority. */
    public static final String ESCALATE_OVERDUE_REPLY = "escalateOverdueReply";
    /** Requesting authority: reads the final reply and records the assurance. */
    public static final String TAKE_NOTE_OF_REPLY = "takeNoteOfReply";

    public static final List<String> USER_TASKS = List.of(REPLY_TO_REQUEST, RECORD_COMPANY_DATA,
            APPOINT_SECURITY_OFFICERS, RECORD_INITIAL_INSPECTION, DECIDE_CLEARANCE, ESCALATE_OVERDUE_REPLY,
            TAKE_NOTE_OF_REPLY);

    /** The steps of the national clearance, in their order (status updates say which one is under way). */
    public static final List<String> NATIONAL_CLEARANCE_STEPS = List.of(RECORD_COMPANY_DATA,
            APPOINT_SECURITY_OFFICERS, RECORD_INITIAL_INSPECTION, DECIDE_CLEARANCE);

    // messages
    /** The requesting authority withdrew the request, in whatever state it waits. */
    public static final String MESSAGE_WITHDRAWN = "AssuranceWithdrawn";

    // variables written when the request is filed (task routing, timers)
    public static final ProcessVariable<String> REQUESTING_AUTHORITY_GROUP =
            ProcessVariable.start("requestingAuthorityGroup", String.class);
    public static final ProcessVariable<String> RECEIVING_AUTHORITY_GROUP =
            ProcessVariable.start("receivingAuthorityGroup", String.class);
    /** End of the receiving authority's last working day for the reply, in its time zone. */
    public static final ProcessVariable<Date> REPLY_DUE_DATE = ProcessVariable.start("replyDueDate", Date.class);
    /** ISO-8601 repetition of the status updates while the national clearance runs, e.g. {@code R/P1M}. */
    public static final ProcessVariable<String> STATUS_UPDATE_CYCLE =
            ProcessVariable.start("statusUpdateCycle", String.class);

    // written by the reply
    /** Whether a national clearance follows the reply: it is in process, or none exists and sponsorship was asked. */
    public static final ProcessVariable<Boolean> NATIONAL_CLEARANCE =
            ProcessVariable.task("nationalClearance", Boolean.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(REQUESTING_AUTHORITY_GROUP,
            RECEIVING_AUTHORITY_GROUP, REPLY_DUE_DATE, STATUS_UPDATE_CYCLE, NATIONAL_CLEARANCE);

    private AssuranceProcess() {
    }
}

package org.gsoia.workflow.visit.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/**
 * Every name {@code processes/visit-request.bpmn} (and the DMN it calls) shares with the code: process key, user
 * tasks, messages and variables. Main code, tests and demo data use these constants; {@code
 * ProcessModelVariablesTest} checks them against the models.
 */
public final class VisitProcess {

    public static final String PROCESS_KEY = "visit-request";

    // user tasks, by who works on them
    /** Sending authority: certifies the visitors' clearances (or returns the request). */
    public static final String CERTIFY_CLEARANCES = "certifyClearances";
    /** Host authority: decides, asks a question or returns the request. */
    public static final String REVIEW_REQUEST = "reviewRequest";
    /** Host authority, a second officer: confirms the decision at SECRET-equivalent level and above. */
    public static final String CONFIRM_DECISION = "confirmDecision";
    /** Host authority: the decision deadline passed. */
    public static final String HANDLE_ESCALATION = "handleEscalation";
    /** Host facility: acknowledges the notice of what it may release. */
    public static final String ACKNOWLEDGE_NOTICE = "acknowledgeNotice";
    /** Applicant: corrects a returned request or one that failed the intake check. */
    public static final String CORRECT_REQUEST = "correctRequest";
    /** Applicant: answers the host authority's question. */
    public static final String PROVIDE_INFORMATION = "provideInformation";
    /** Applicant: a recurring approval ends soon. */
    public static final String CONSIDER_RENEWAL = "considerRenewal";

    /** Host authority: a clearance of an open request changed; its decision now meets the change. */
    public static final String RECONSIDER_AFTER_CLEARANCE_CHANGE = "reconsiderAfterClearanceChange";
    /** Host authority: a clearance of an approved visit changed; lifts or confirms the suspension. */
    public static final String REVIEW_SUSPENSION = "reviewSuspension";

    public static final List<String> USER_TASKS = List.of(CERTIFY_CLEARANCES, REVIEW_REQUEST, CONFIRM_DECISION,
            HANDLE_ESCALATION, ACKNOWLEDGE_NOTICE, CORRECT_REQUEST, PROVIDE_INFORMATION, CONSIDER_RENEWAL,
            RECONSIDER_AFTER_CLEARANCE_CHANGE, REVIEW_SUSPENSION);

    // messages
    /** The applicant amended the request: back to certification, for the new visitors only. */
    public static final String MESSAGE_AMENDED = "VisitAmended";
    /** The applicant cancelled the request, in whatever state it waits. */
    public static final String MESSAGE_CANCELLED = "VisitCancelled";
    /** A facility clearance the visit depends on was suspended, revoked or downgraded. */
    public static final String MESSAGE_CLEARANCE_CHANGED = "VisitClearanceChanged";

    // variables written when the request is filed, corrected or amended (task routing, timers, gateways)
    public static final ProcessVariable<Boolean> RECURRING = ProcessVariable.start("recurring", Boolean.class);
    /** English reference of the visit's level, the four-eyes table's input. */
    public static final ProcessVariable<String> VISIT_REFERENCE_LEVEL =
            ProcessVariable.start("visitReferenceLevel", String.class);
    public static final ProcessVariable<String> APPLICANT_USER_ID =
            ProcessVariable.start("applicantUserId", String.class);
    public static final ProcessVariable<String> SENDING_AUTHORITY_GROUP =
            ProcessVariable.start("sendingAuthorityGroup", String.class);
    public static final ProcessVariable<String> HOST_AUTHORITY_GROUP =
            ProcessVariable.start("hostAuthorityGroup", String.class);
    public static final ProcessVariable<String> HOST_FACILITY_GROUP =
            ProcessVariable.start("hostFacilityGroup", String.class);
    /** End of the decision due day in the host's time zone: the escalation timer. */
    public static final ProcessVariable<Date> DECISION_DUE_DATE = ProcessVariable.start("decisionDueDate", Date.class);
    /** End of the visit's last day: a one-time visit is completed then. */
    public static final ProcessVariable<Date> VISIT_END = ProcessVariable.start("visitEnd", Date.class);
    /** Recurring visits only: end of the approval's validity. */
    public static final ProcessVariable<Date> VALID_UNTIL = ProcessVariable.start("validUntil", Date.class);
    /** Recurring visits only: when the applicant is reminded to apply for a renewal. */
    public static final ProcessVariable<Date> RENEWAL_REMINDER_DATE =
            ProcessVariable.start("renewalReminderDate", Date.class);

    // variables written by steps, task completions and the four-eyes table
    public static final ProcessVariable<Boolean> INTAKE_COMPLETE = ProcessVariable.step("intakeComplete", Boolean.class);
    /** Whether a visitor needs the sending authority's certification (typed in, not taken from the PSC register). */
    public static final ProcessVariable<Boolean> VISITORS_TO_CERTIFY =
            ProcessVariable.step("visitorsToCertify", Boolean.class);
    /** {@code CERTIFIED} or {@code RETURNED}. */
    public static final ProcessVariable<String> CERTIFICATION = ProcessVariable.task("certification", String.class);
    /** A {@code HostAuthorityDecision} name. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.task("decision", String.class);
    /** The officer who took the decision; the four-eyes guard refuses their confirmation. */
    public static final ProcessVariable<String> FIRST_DECISION_BY =
            ProcessVariable.task("firstDecisionBy", String.class).alsoReadByCode();
    /** {@code CONFIRMED} or {@code DISAGREED}. */
    public static final ProcessVariable<String> CONFIRMATION = ProcessVariable.task("confirmation", String.class);
    public static final ProcessVariable<Boolean> FOUR_EYES_REQUIRED =
            ProcessVariable.rule("fourEyesRequired", Boolean.class);
    /** Written with the clearance-change message: whether the change suspended an approved visit. */
    public static final ProcessVariable<Boolean> VISIT_SUSPENDED = ProcessVariable.start("visitSuspended", Boolean.class);
    /** {@code LIFTED} or {@code CONFIRMED}. */
    public static final ProcessVariable<String> SUSPENSION_OUTCOME =
            ProcessVariable.task("suspensionOutcome", String.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(RECURRING, VISIT_REFERENCE_LEVEL,
            APPLICANT_USER_ID, SENDING_AUTHORITY_GROUP, HOST_AUTHORITY_GROUP, HOST_FACILITY_GROUP, DECISION_DUE_DATE,
            VISIT_END, VALID_UNTIL, RENEWAL_REMINDER_DATE, INTAKE_COMPLETE, VISITORS_TO_CERTIFY, CERTIFICATION, DECISION,
            FIRST_DECISION_BY, CONFIRMATION, FOUR_EYES_REQUIRED, VISIT_SUSPENDED, SUSPENSION_OUTCOME);

    private VisitProcess() {
    }
}

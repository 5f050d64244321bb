package org.gsoia.workflow.breach.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/breach-notification.bpmn} shares with the code. */
public final class BreachProcess {

    public static final String PROCESS_KEY = "breach-notification";

    /** The security officer of the organisation where it happened opens the case (preliminary assessment). */
    public static final String OPEN_CASE = "openBreachCase";
    /** The receiving party's national authority sends the initial notification (R-BR-03) to the originating party. */
    public static final String NOTIFY_ORIGINATOR = "notifyOriginatingParty";
    /** The originating party's authority assesses the damage (R-BR-05). */
    public static final String ASSESS_DAMAGE = "assessDamage";
    /** The national authority investigates, by someone not involved (R-BR-04). */
    public static final String INVESTIGATE = "investigateBreach";
    /** An interim report is due while the investigation runs. */
    public static final String INTERIM_REPORT = "sendInterimReport";
    /** The national authority writes the final report with its corrective actions (R-BR-06). */
    public static final String FINAL_REPORT = "writeFinalReport";
    /** The originating party's authority accepts the final report or asks for more. */
    public static final String REVIEW = "reviewFinalReport";
    /** The national authority follows the corrective actions to done. */
    public static final String FOLLOW_UP = "followUpCorrectiveActions";

    /** The national authority reviews an affected facility's or person's clearance (R-BR-07). */
    public static final String REVIEW_CLEARANCE = "reviewClearance";

    public static final List<String> USER_TASKS = List.of(OPEN_CASE, NOTIFY_ORIGINATOR, ASSESS_DAMAGE, INVESTIGATE,
            INTERIM_REPORT, FINAL_REPORT, REVIEW, FOLLOW_UP, REVIEW_CLEARANCE);

    /** An authority asked for a clearance review from the case. */
    public static final String MESSAGE_REVIEW_REQUESTED = "ClearanceReviewRequested";

    /** Where the security officer works: the organisation's group, or the authority's own if it happened there. */
    public static final ProcessVariable<String> OFFICER_GROUP = ProcessVariable.start("officerGroup", String.class);
    /** The receiving party's national authority (its industrial-security group). */
    public static final ProcessVariable<String> AUTHORITY_GROUP = ProcessVariable.start("authorityGroup", String.class);
    /** The originating party's authority. */
    public static final ProcessVariable<String> ORIGINATOR_GROUP = ProcessVariable.start("originatorGroup",
            String.class);
    /** Discovery plus the officer target (an instant: right across daylight-saving changes). */
    public static final ProcessVariable<Date> OFFICER_DUE_AT = ProcessVariable.start("officerDueAt", Date.class);
    /** Discovery plus the authority target. */
    public static final ProcessVariable<Date> AUTHORITY_DUE_AT = ProcessVariable.start("authorityDueAt", Date.class);
    /** The moment the authority had the case plus the originator target; written when the officer opens it. */
    public static final ProcessVariable<Date> ORIGINATOR_DUE_AT = ProcessVariable.task("originatorDueAt", Date.class);
    /** ISO-8601 repetition of interim reports, e.g. {@code R/P14D}. */
    public static final ProcessVariable<String> INTERIM_CYCLE = ProcessVariable.start("interimCycle", String.class);
    /** The originator accepted the final report. */
    public static final ProcessVariable<Boolean> ACCEPTED = ProcessVariable.task("accepted", Boolean.class);
    /** Corrective actions of the final report are still open when the case closes. */
    public static final ProcessVariable<Boolean> ACTIONS_OPEN = ProcessVariable.step("actionsOpen", Boolean.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(OFFICER_GROUP, AUTHORITY_GROUP,
            ORIGINATOR_GROUP, OFFICER_DUE_AT, AUTHORITY_DUE_AT, ORIGINATOR_DUE_AT, INTERIM_CYCLE, ACCEPTED,
            ACTIONS_OPEN);

    private BreachProcess() {
    }
}

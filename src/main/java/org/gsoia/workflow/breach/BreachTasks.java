package org.gsoia.workflow.breach;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.procedure.TextChecks;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskSituation;
import org.gsoia.workflow.task.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of a breach case, each completed with its domain change in one transaction: the security officer opens
 * the case, the national authority notifies the originating party, investigates, reports in between and finally;
 * the originating party assesses the damage and accepts the final report or asks for more.
 */
@Service
public class BreachTasks {

    private final BreachCases cases;
    private final UserTasks userTasks;
    private final People people;
    private final Clock clock;

    BreachTasks(BreachCases cases, UserTasks userTasks, People people, Clock clock) {
        this.cases = cases;
        this.userTasks = userTasks;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String reference, String userId) {
        return userTasks.workableOf(reference, userId, BreachProcess.PROCESS_KEY);
    }

    @Transactional(readOnly = true)
    public TaskSituation situation(InboxRow task, Locale locale) {
        return userTasks.situation(task, locale);
    }

    /**
     * The security officer's preliminary assessment (what, which level, whose origin, containment): from now the
     * national authority has the case, and the originating party is due to be notified one target later.
     */
    @Transactional
    public void openCase(String taskId, String userId, String assessment) {
        InboxRow task = take(taskId, userId, BreachProcess.OPEN_CASE);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "assessment", assessment, BreachCases.MAX_TEXT, true);
        BreachCases.throwIf(problems);
        BreachCase breach = cases.lockForTask(task.reference());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Instant originatorDue = now.toInstant().plus(cases.ruleOf(breach).originatorTarget());
        breach.opened(assessment.strip(), userId, now, originatorDue);
        userTasks.complete(task, userId, ProcessValues.of(BreachProcess.ORIGINATOR_DUE_AT, Date.from(originatorDue)),
                "BREACH_OPENED", null);
    }

    /** Sends the initial notification (R-BR-03) to the originating party; the final report is due one period later. */
    @Transactional
    public void notifyOriginator(String taskId, String userId) {
        InboxRow task = take(taskId, userId, BreachProcess.NOTIFY_ORIGINATOR);
        BreachCase breach = cases.lockForTask(task.reference());
        breach.notified(userId, OffsetDateTime.now(clock), cases.today(breach.getReceivingParty())
                .plusDays(cases.ruleOf(breach).finalReportDays()));
        userTasks.complete(task, userId, ProcessValues.none(), "BREACH_ORIGINATOR_NOTIFIED",
                breach.getOriginatorAuthorityId());
    }

    /** The originating party's damage assessment (R-BR-05). */
    @Transactional
    public void assessDamage(String taskId, String userId, String assessment) {
        InboxRow task = take(taskId, userId, BreachProcess.ASSESS_DAMAGE);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "damageAssessment", assessment, BreachCases.MAX_LONG_TEXT, true);
        BreachCases.throwIf(problems);
        cases.lockForTask(task.reference()).damageAssessed(assessment.strip(), userId, OffsetDateTime.now(clock));
        userTasks.complete(task, userId, ProcessValues.none(), "BREACH_DAMAGE_ASSESSED", null);
    }

    /**
     * The investigation's result (R-BR-04). The engine refuses it from anyone who reported the breach or is named as
     * involved ({@code InvestigatorIndependenceGuard}).
     */
    @Transactional
    public void investigate(String taskId, String userId, Investigation result) {
        InboxRow task = take(taskId, userId, BreachProcess.INVESTIGATE);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "findings", result.findings(), BreachCases.MAX_LONG_TEXT, true);
        TextChecks.text(problems, "cause", result.cause(), BreachCases.MAX_TEXT, true);
        if (result.likelihood() == null) {
            problems.add(FieldProblem.of("likelihood", "validation.choose"));
        }
        if (result.referral() == null) {
            problems.add(FieldProblem.of("referral", "validation.choose"));
        }
        boolean referred = result.referral() != null && result.referral() != BreachCase.Referral.NONE;
        TextChecks.line(problems, "referralTo", result.referralTo(), BreachCases.MAX_LINE, referred);
        TextChecks.line(problems, "referralReference", result.referralReference(), 100, false);
        BreachCases.throwIf(problems);
        cases.lockForTask(task.reference()).investigated(new Investigation(result.findings().strip(),
                result.cause().strip(), result.likelihood(), result.referral(),
                referred ? TextChecks.stored(result.referralTo()) : null,
                referred ? TextChecks.stored(result.referralReference()) : null), userId, OffsetDateTime.now(clock));
        userTasks.complete(task, userId, ProcessValues.none(), "BREACH_INVESTIGATED", result.likelihood().name());
    }

    /** An interim report to the originator: status, new facts, containment; and the next steps. */
    @Transactional
    public void sendInterimReport(String taskId, String userId, String status, String nextSteps) {
        InboxRow task = take(taskId, userId, BreachProcess.INTERIM_REPORT);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "interimStatus", status, BreachCases.MAX_LONG_TEXT, true);
        TextChecks.text(problems, "nextSteps", nextSteps, BreachCases.MAX_TEXT, false);
        BreachCases.throwIf(problems);
        BreachCase breach = cases.lockForTask(task.reference());
        breach.interimReport(status.strip(), TextChecks.stored(nextSteps), people.languageOf(userId), userId,
                OffsetDateTime.now(clock));
        cases.reportSent(breach, "breach.interimReport");
        userTasks.complete(task, userId, ProcessValues.none(), "BREACH_INTERIM_REPORT", null);
    }

    /** The final report (R-BR-06): outcome and results; its corrective actions are added before. */
    @Transactional
    public void writeFinalReport(String taskId, String userId, BreachCase.Outcome outcome, String report) {
        InboxRow task = take(taskId, userId, BreachProcess.FINAL_REPORT);
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(FieldProblem.of("outcome", "validation.choose"));
        }
        TextChecks.text(problems, "finalReport", report, BreachCases.MAX_LONG_TEXT, true);
        BreachCases.throwIf(problems);
        BreachCase breach = cases.lockForTask(task.reference());
        breach.finalReport(outcome, report.strip(), userId, OffsetDateTime.now(clock));
        cases.reportSent(breach, "breach.final");
        userTasks.complete(task, userId, ProcessValues.none(), "BREACH_FINAL_REPORT", outcome.name());
    }

    /** The originator accepts the final report, which closes the case, or asks for more (a comment says what). */
    @Transactional
    public void review(String taskId, String userId, Boolean accepted, String comment) {
        InboxRow task = take(taskId, userId, BreachProcess.REVIEW);
        List<FieldProblem> problems = new ArrayList<>();
        if (accepted == null) {
            problems.add(FieldProblem.of("accepted", "validation.choose"));
        }
        TextChecks.text(problems, "reviewComment", comment, BreachCases.MAX_TEXT, Boolean.FALSE.equals(accepted));
        BreachCases.throwIf(problems);
        cases.lockForTask(task.reference()).reviewed(accepted, TextChecks.stored(comment), userId,
                OffsetDateTime.now(clock));
        userTasks.complete(task, userId, ProcessValues.of(BreachProcess.ACCEPTED, accepted),
                accepted ? "BREACH_REPORT_ACCEPTED" : "BREACH_MORE_REQUESTED", null);
    }

    /** Records what the clearance review decided (kept, suspended, revoked, and why), for the earliest one open. */
    @Transactional
    public void recordClearanceReview(String taskId, String userId, String outcome) {
        InboxRow task = take(taskId, userId, BreachProcess.REVIEW_CLEARANCE);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "reviewOutcome", outcome, BreachCases.MAX_TEXT, true);
        BreachCases.throwIf(problems);
        BreachCase breach = cases.lockForTask(task.reference());
        breach.openReview().ifPresent(review -> review.reviewed(outcome.strip(), OffsetDateTime.now(clock)));
        userTasks.complete(task, userId, ProcessValues.none(), "BREACH_CLEARANCE_REVIEWED", null);
    }

    /** Confirms every corrective action done; refused while any is open. */
    @Transactional
    public void confirmActionsDone(String taskId, String userId) {
        InboxRow task = take(taskId, userId, BreachProcess.FOLLOW_UP);
        BreachCase breach = cases.lockForTask(task.reference());
        if (breach.openActions() > 0) {
            throw new InvalidBreachException(List.of(FieldProblem.of("actions", "validation.breach.actionsOpen",
                    breach.openActions())));
        }
        userTasks.complete(task, userId, ProcessValues.none(), "BREACH_ACTIONS_DONE", null);
    }

    /**
     * Takes the task with its case locked first, in the order every change of a breach case locks them (the
     * escalation timer locks the case, then offers the case's task to the authority): the other way round, an
     * officer's step and an escalation at the same moment could deadlock.
     */
    private InboxRow take(String taskId, String userId, String taskKey) {
        userTasks.caseOf(taskId, userId).ifPresent(cases::lockCase);
        return userTasks.take(taskId, userId, BreachProcess.PROCESS_KEY, taskKey);
    }
}

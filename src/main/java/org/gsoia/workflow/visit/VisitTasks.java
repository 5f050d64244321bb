package org.gsoia.workflow.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.task.TaskSituation;
import org.gsoia.workflow.task.UserTasks;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.gsoia.workflow.visit.process.VisitProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task side of the visit-request procedure: the authorities certify and decide, the host facility
 * acknowledges, the applicant corrects and answers questions. Each step takes its task through {@link UserTasks}
 * (the user's task of that kind, or refused as gone), records the user's choice on the request and completes the
 * task as the user, in one transaction. A reason, note or answer with control characters is refused with an
 * {@link InvalidVisitRequestException} naming the field before anything happens.
 */
@Service
public class VisitTasks {

    private final UserTasks userTasks;
    private final VisitRequestRepository requests;
    private final VisitRequests visitRequests;
    private final VisitProcessVariables variables;
    private final WorkingDayCalendars calendars;
    private final LeadTimes leadTimes;
    private final People people;
    private final VisitChecks checks;
    private final Clock clock;

    VisitTasks(UserTasks userTasks, VisitRequestRepository requests, VisitRequests visitRequests,
               VisitProcessVariables variables, WorkingDayCalendars calendars, LeadTimes leadTimes, People people,
               VisitChecks checks, Clock clock) {
        this.people = people;
        this.checks = checks;
        this.userTasks = userTasks;
        this.requests = requests;
        this.visitRequests = visitRequests;
        this.variables = variables;
        this.calendars = calendars;
        this.leadTimes = leadTimes;
        this.clock = clock;
    }

    /** The open tasks of one request that the user may work on (to offer them on the request's page). */
    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String reference, String userId) {
        return userTasks.workableOf(reference, userId, VisitProcess.PROCESS_KEY);
    }

    /** Where an open task of a request stands (who holds it, since when, its deadline), in the reader's words. */
    @Transactional(readOnly = true)
    public TaskSituation situation(InboxRow task, java.util.Locale locale) {
        return userTasks.situation(task, locale);
    }

    @Transactional
    public void certify(String taskId, String userId, boolean certified, String reason) {
        refuseControlCharacters("reason", reason);
        InboxRow task = take(taskId, userId, VisitProcess.CERTIFY_CLEARANCES);
        VisitRequest request = request(task);
        if (certified) {
            request.certifyAllVisitors();
        } else {
            requireReason(reason);
            request.recordReturn(reason.strip(), people.languageOf(userId));
        }
        userTasks.complete(task, userId, ProcessValues.of(VisitProcess.CERTIFICATION, certified ? "CERTIFIED" : "RETURNED"),
                certified ? "VISIT_CERTIFIED" : "VISIT_RETURNED_BY_SENDING_AUTHORITY", null);
    }

    @Transactional
    public void decide(String taskId, String userId, HostAuthorityDecision decision, String releasableLevelId,
                       String conditions, RejectionReason reasonCode, String reason) {
        refuseControlCharacters("conditions", conditions);
        refuseControlCharacters("reason", reason);
        InboxRow task = take(taskId, userId, VisitProcess.REVIEW_REQUEST);
        VisitRequest request = request(task);
        if (decision.approves()) {
            refuseWithoutFacilityClearances(request, releasableLevelId);
        }
        switch (decision) {
            case APPROVE_WITH_CONDITIONS -> {
                requireReason(conditions);
                if (releasableLevelId == null) {
                    throw new IllegalArgumentException("An approval names the highest releasable level");
                }
            }
            case REJECT -> {
                if (reasonCode == null) {
                    throw new IllegalArgumentException("A rejection needs a reason code");
                }
            }
            case REQUEST_INFORMATION -> requireReason(reason);
            case RETURN -> {
                requireReason(reason);
                request.recordReturn(reason.strip(), people.languageOf(userId));
            }
            default -> { }
        }
        String releasable = decision.approves() && releasableLevelId == null ? request.getLevelId() : releasableLevelId;
        request.recordDecision(decision, decision.approves() ? releasable : null, blankToNull(conditions),
                decision == HostAuthorityDecision.REJECT ? reasonCode : null, blankToNull(reason), userId,
                OffsetDateTime.now(clock), people.languageOf(userId));
        userTasks.complete(task, userId, ProcessValues.of(VisitProcess.DECISION, decision.name())
                        .and(VisitProcess.FIRST_DECISION_BY, userId),
                "VISIT_DECIDED", decision.name());
    }

    @Transactional
    public void confirm(String taskId, String userId, boolean confirmed, String reason) {
        refuseControlCharacters("reason", reason);
        InboxRow task = take(taskId, userId, VisitProcess.CONFIRM_DECISION);
        if (!confirmed) {
            requireReason(reason);
        } else if (request(task).getDecision().filter(HostAuthorityDecision::approves).isPresent()) {
            // a clearance may have been suspended between the first decision and its confirmation
            refuseWithoutFacilityClearances(request(task), request(task).getReleasableLevelId());
        }
        // the engine's four-eyes guard refuses a confirmation by the officer who decided
        userTasks.complete(task, userId, ProcessValues.of(VisitProcess.CONFIRMATION,
                        confirmed ? "CONFIRMED" : "DISAGREED"),
                confirmed ? "VISIT_DECISION_CONFIRMED" : "VISIT_DECISION_DISPUTED", null);
        if (confirmed) {
            request(task).recordConfirmation(userId);
        }
    }

    @Transactional
    public void acknowledge(String taskId, String userId) {
        InboxRow task = take(taskId, userId, VisitProcess.ACKNOWLEDGE_NOTICE);
        userTasks.complete(task, userId, ProcessValues.none(), "VISIT_NOTICE_ACKNOWLEDGED", null);
    }

    @Transactional
    public void handleEscalation(String taskId, String userId, String note) {
        refuseControlCharacters("note", note);
        InboxRow task = take(taskId, userId, VisitProcess.HANDLE_ESCALATION);
        requireReason(note);
        userTasks.complete(task, userId, ProcessValues.none(), "VISIT_ESCALATION_HANDLED", null);
    }

    /** The applicant corrects the request (after a return or a failed intake check). */
    @Transactional
    public void correct(String taskId, String userId, VisitRequestData data) {
        InboxRow task = take(taskId, userId, VisitProcess.CORRECT_REQUEST);
        VisitRequest request = request(task);
        applyChecked(request, data, userId);
        leadTimes.schedule(request);
        userTasks.complete(task, userId, variables.atStart(request), "VISIT_CORRECTED", null);
    }

    /**
     * The applicant answers the host authority's question. The decision clock paused while the question was open:
     * the due date moves by the host working days that passed.
     */
    @Transactional
    public void provideInformation(String taskId, String userId, VisitRequestData data, String answer) {
        refuseControlCharacters("answer", answer);
        InboxRow task = take(taskId, userId, VisitProcess.PROVIDE_INFORMATION);
        requireReason(answer);
        VisitRequest request = request(task);
        LocalDate previousStart = request.getStartDate();
        LocalDate previousDue = request.getDecisionDueDate();
        applyChecked(request, data, userId);
        Instant askedAt = userTasks.openedAt(task.taskId()).orElseGet(clock::instant);
        request.scheduleDecision(pausedDecisionDueDate(request, askedAt, previousStart, previousDue));
        userTasks.complete(task, userId, variables.atStart(request), "VISIT_INFORMATION_PROVIDED", null);
    }

    /**
     * The due date moves by the host working days the question was open, but never past the last working day
     * before the visit; new visit dates start from the due date they imply.
     */
    private LocalDate pausedDecisionDueDate(VisitRequest request, Instant askedAt, LocalDate previousStart,
                                           LocalDate previousDue) {
        WorkingDayCalendar host = calendars.forParty(request.getHostParty());
        LocalDate askedOn = askedAt.atZone(host.zone()).toLocalDate();
        int paused = Math.max(0, host.workingDaysBetween(askedOn, host.today(clock)));
        LocalDate base = request.getStartDate().equals(previousStart) ? previousDue
                : leadTimes.decisionDueDate(request.getAgreementId(), request.getHostParty(), request.getStartDate());
        LocalDate moved = host.addWorkingDays(base, paused);
        LocalDate latest = host.addWorkingDays(request.getStartDate(), -1);
        return moved.isAfter(latest) ? latest : moved;
    }

    /** The host authority took note that a clearance of the open request changed; its decision meets the change. */
    @Transactional
    public void reconsiderAfterClearanceChange(String taskId, String userId, String note) {
        refuseControlCharacters("note", note);
        InboxRow task = take(taskId, userId, VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE);
        userTasks.complete(task, userId, ProcessValues.none(), "VISIT_CLEARANCE_CHANGE_NOTED", null);
    }

    /**
     * The host authority lifts the suspension of an approved visit (only once both facilities' clearances cover the
     * released level again, else {@link FacilityClearanceGapException}) or confirms it, which withdraws the approval;
     * a confirmation needs a reason.
     */
    @Transactional
    public void reviewSuspension(String taskId, String userId, boolean lift, String reason) {
        refuseControlCharacters("reason", reason);
        InboxRow task = take(taskId, userId, VisitProcess.REVIEW_SUSPENSION);
        VisitRequest request = request(task);
        if (lift) {
            refuseWithoutFacilityClearances(request, request.getReleasableLevelId());
        } else if (reason == null || reason.isBlank()) {
            throw new InvalidVisitRequestException(List.of(FieldProblem.of("reason", "validation.required")));
        }
        request.recordSuspensionReview(blankToNull(reason), people.languageOf(userId));
        userTasks.complete(task, userId, ProcessValues.of(VisitProcess.SUSPENSION_OUTCOME, lift ? "LIFTED" : "CONFIRMED"),
                lift ? "VISIT_SUSPENSION_LIFTED" : "VISIT_APPROVAL_WITHDRAWN", null);
    }

    @Transactional
    public void considerRenewal(String taskId, String userId, String note) {
        refuseControlCharacters("note", note);
        InboxRow task = take(taskId, userId, VisitProcess.CONSIDER_RENEWAL);
        userTasks.complete(task, userId, ProcessValues.none(), "VISIT_RENEWAL_CONSIDERED", null);
    }

    /** A correction or answer is a change of the filed request: its lead time counts from the filing day. */
    private void applyChecked(VisitRequest request, VisitRequestData data, String userId) {
        List<FieldProblem> problems = visitRequests.problemsOfChange(request, data, userId);
        if (!problems.isEmpty()) {
            throw new InvalidVisitRequestException(problems);
        }
        request.apply(visitRequests.asSaved(request, data), leadTimes.insideLeadTime(request, data));
        request.writtenIn(data.textLanguage() != null ? data.textLanguage() : people.languageOf(userId));
    }

    /**
     * Locks the task's request, then takes the task. Every change of a request locks the request first (the
     * applicant's amendments and cancellations too), so changes of one request queue up in one order and never wait
     * for each other in a circle.
     */
    private InboxRow take(String taskId, String userId, String taskKey) {
        userTasks.caseOf(taskId, userId).ifPresent(requests::lockByReference);
        return userTasks.take(taskId, userId, VisitProcess.PROCESS_KEY, taskKey);
    }

    private VisitRequest request(InboxRow task) {
        return requests.byReference(task.reference())
                .orElseThrow(() -> new TaskActionRefusedException(TaskActionRefusedException.Reason.GONE, task.taskId()));
    }

    /**
     * Refuses a reason, note or answer with control characters before the task is even taken, so nothing is
     * recorded; the exception names the field, for the form to show the message next to it.
     */
    private static void refuseControlCharacters(String field, String text) {
        if (ControlCharacters.inText(text)) {
            throw new InvalidVisitRequestException(List.of(FieldProblem.of(field, ControlCharacters.MESSAGE_KEY)));
        }
    }

    /**
     * An approval lets the visit's information reach both facilities, so both must hold a clearance that covers the
     * highest level released (the visit's, or the lower one an approval with conditions names) until the visit's last
     * day, as the register states it now (R-FC-04, R-VI-09); so must every visitor taken from the PSC register.
     */
    private void refuseWithoutFacilityClearances(VisitRequest request, String releasableLevelId) {
        String released = releasableLevelId == null ? request.getLevelId() : releasableLevelId;
        List<FacilityClearanceGap> gaps = checks.facilityGaps(request, released);
        if (!gaps.isEmpty()) {
            throw new FacilityClearanceGapException(gaps);
        }
        // visitors taken from the PSC register meet the register as it is now (R-FC-06): a withdrawn clearance blocks
        List<String> uncleared = checks.visitorsNoLongerCleared(request, released);
        if (!uncleared.isEmpty()) {
            throw new VisitorClearanceWithdrawnException(uncleared);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

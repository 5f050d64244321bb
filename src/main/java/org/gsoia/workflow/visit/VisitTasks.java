package org.gsoia.workflow.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.task.TaskInbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task side of the visit-request procedure: the authorities certify and decide, the host facility
 * acknowledges, the applicant corrects and answers questions. Each completion checks that the task is the
 * user's to do (candidate group or assignee), records the user in the engine and writes the audit trail.
 */
@Service
public class VisitTasks {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final VisitRequestRepository requests;
    private final VisitRequests visitRequests;
    private final VisitProcessVariables variables;
    private final WorkingDayCalendars calendars;
    private final LeadTimes leadTimes;
    private final AuditLog auditLog;
    private final TaskInbox inbox;
    private final Clock clock;

    VisitTasks(TaskService taskService, RuntimeService runtimeService, IdentityService identityService, VisitRequestRepository requests,
               VisitRequests visitRequests, VisitProcessVariables variables, WorkingDayCalendars calendars,
               LeadTimes leadTimes, AuditLog auditLog, TaskInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.requests = requests;
        this.visitRequests = visitRequests;
        this.variables = variables;
        this.calendars = calendars;
        this.leadTimes = leadTimes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The open visit tasks the user may work on: assigned to the user or offered to one of the user's groups. */
    @Transactional(readOnly = true)
    public List<VisitTask> openTasks(String userId) {
        List<String> groups = groupsOf(userId);
        var query = taskService.createTaskQuery().processDefinitionKey(VisitRequests.PROCESS_KEY).active()
                .or().taskAssignee(userId);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        return toVisitTasks(query.endOr().orderByTaskCreateTime().asc().list());
    }

    /** One of the user's open tasks, with the request it belongs to. */
    @Transactional(readOnly = true)
    public Optional<VisitTask> openTask(String taskId, String userId) {
        return openTasks(userId).stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /** The open tasks of one request that the user may work on (e.g. to offer them on the request's page). */
    @Transactional(readOnly = true)
    public List<VisitTask> openTasksOf(String reference, String userId) {
        return openTasks(userId).stream().filter(t -> t.reference().equals(reference)).toList();
    }

    @Transactional
    public void certify(String taskId, String userId, boolean certified, String reason) {
        VisitTask task = own(taskId, userId, "certifyClearances");
        VisitRequest request = request(task);
        if (certified) {
            request.certifyAllVisitors();
        } else {
            requireReason(reason);
            request.recordReturn(reason.strip());
        }
        complete(task, userId, Map.of("certification", certified ? "CERTIFIED" : "RETURNED"),
                certified ? "VISIT_CERTIFIED" : "VISIT_RETURNED_BY_SENDING_AUTHORITY", reason);
    }

    @Transactional
    public void decide(String taskId, String userId, HostAuthorityDecision decision, String releasableLevelId,
                       String conditions, RejectionReason reasonCode, String reason) {
        VisitTask task = own(taskId, userId, "reviewRequest");
        VisitRequest request = request(task);
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
                request.recordReturn(reason.strip());
            }
            default -> { }
        }
        String releasable = decision.approves() && releasableLevelId == null ? request.getLevelId() : releasableLevelId;
        request.recordDecision(decision, decision.approves() ? releasable : null, blankToNull(conditions),
                decision == HostAuthorityDecision.REJECT ? reasonCode : null, blankToNull(reason), userId,
                OffsetDateTime.now(clock));
        complete(task, userId, Map.of("decision", decision.name(), "firstDecisionBy", userId),
                "VISIT_DECIDED", decision.name() + (reason == null ? "" : ": " + reason));
    }

    @Transactional
    public void confirm(String taskId, String userId, boolean confirmed, String reason) {
        VisitTask task = own(taskId, userId, "confirmDecision");
        if (!confirmed) {
            requireReason(reason);
        }
        // the engine's four-eyes guard refuses a confirmation by the officer who decided
        complete(task, userId, Map.of("confirmation", confirmed ? "CONFIRMED" : "DISAGREED"),
                confirmed ? "VISIT_DECISION_CONFIRMED" : "VISIT_DECISION_DISPUTED", reason);
        if (confirmed) {
            request(task).recordConfirmation(userId);
        }
    }

    @Transactional
    public void acknowledge(String taskId, String userId) {
        VisitTask task = own(taskId, userId, "acknowledgeNotice");
        complete(task, userId, Map.of(), "VISIT_NOTICE_ACKNOWLEDGED", null);
    }

    @Transactional
    public void handleEscalation(String taskId, String userId, String note) {
        VisitTask task = own(taskId, userId, "handleEscalation");
        requireReason(note);
        complete(task, userId, Map.of(), "VISIT_ESCALATION_HANDLED", note);
    }

    /** The applicant corrects the request (after a return or a failed intake check). */
    @Transactional
    public void correct(String taskId, String userId, VisitRequestData data) {
        VisitTask task = own(taskId, userId, "correctRequest");
        VisitRequest request = request(task);
        applyChecked(request, data, userId);
        variables.scheduleDeadlines(request);
        complete(task, userId, variables.atStart(request), "VISIT_CORRECTED", null);
    }

    /**
     * The applicant answers the host authority's question. The decision clock paused while the question was open:
     * the due date moves by the host working days that passed.
     */
    @Transactional
    public void provideInformation(String taskId, String userId, VisitRequestData data, String answer) {
        VisitTask task = own(taskId, userId, "provideInformation");
        requireReason(answer);
        VisitRequest request = request(task);
        LocalDate previousStart = request.getStartDate();
        LocalDate previousDue = request.getDecisionDueDate();
        applyChecked(request, data, userId);
        request.scheduleDecision(pausedDecisionDueDate(request, task, previousStart, previousDue));
        complete(task, userId, variables.atStart(request), "VISIT_INFORMATION_PROVIDED", answer);
    }

    /**
     * The due date moves by the host working days the question was open, but never past the last working day
     * before the visit; new visit dates start from the due date they imply.
     */
    private LocalDate pausedDecisionDueDate(VisitRequest request, VisitTask task, LocalDate previousStart,
                                           LocalDate previousDue) {
        WorkingDayCalendar host = calendars.forParty(request.getHostParty());
        LocalDate askedOn = task.created().toInstant().atZone(host.zone()).toLocalDate();
        int paused = Math.max(0, host.workingDaysBetween(askedOn, host.today(clock)));
        LocalDate base = request.getStartDate().equals(previousStart) ? previousDue
                : leadTimes.decisionDueDate(request.getAgreementId(), request.getHostParty(), request.getStartDate());
        LocalDate moved = host.addWorkingDays(base, paused);
        LocalDate latest = host.addWorkingDays(request.getStartDate(), -1);
        return moved.isAfter(latest) ? latest : moved;
    }

    @Transactional
    public void considerRenewal(String taskId, String userId, String note) {
        VisitTask task = own(taskId, userId, "considerRenewal");
        complete(task, userId, Map.of(), "VISIT_RENEWAL_CONSIDERED", note);
    }

    private void applyChecked(VisitRequest request, VisitRequestData data, String userId) {
        Applicant applicant = visitRequests.applicant(userId);
        List<FieldProblem> problems = visitRequests.check(data, userId);
        if (!problems.isEmpty() || !applicant.organisationId().equals(request.getApplicantOrganisationId())) {
            throw new InvalidVisitRequestException(problems);
        }
        request.apply(data);
    }

    private VisitTask own(String taskId, String userId, String expectedKey) {
        return openTask(taskId, userId).filter(t -> t.taskKey().equals(expectedKey))
                .orElseThrow(() -> new VisitTaskNotAvailableException(taskId));
    }

    private void complete(VisitTask task, String userId, Map<String, Object> variables, String action, String details) {
        if (!inbox.lockOpenTask(task.id())) {
            throw new VisitTaskNotAvailableException(task.id()); // completed by someone else while we waited
        }
        identityService.setAuthentication(userId, groupsOf(userId));
        try {
            if (task.assignee() == null) {
                taskService.claim(task.id(), userId);
            } else if (!task.assignee().equals(userId)) {
                throw new VisitTaskNotAvailableException(task.id());
            }
            taskService.complete(task.id(), variables);
        } catch (OptimisticLockingException | TaskAlreadyClaimedException concurrent) {
            throw new VisitTaskNotAvailableException(task.id());
        } catch (ProcessEngineException refused) {
            if (changedConcurrently(refused)) {
                throw new VisitTaskNotAvailableException(task.id());
            }
            // the engine wraps a task listener's refusal; callers get the four-eyes violation itself
            throw FourEyesViolationException.findIn(refused).map(RuntimeException.class::cast).orElse(refused);
        } finally {
            identityService.clearAuthentication();
        }
        auditLog.record(userId, action, task.reference(), details);
    }

    /** A listener inside the engine found the case changed by a concurrent transaction (JPA's optimistic lock). */
    private static boolean changedConcurrently(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof org.springframework.dao.ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    private VisitRequest request(VisitTask task) {
        return requests.findByReference(task.reference()).orElseThrow(() -> new VisitTaskNotAvailableException(task.id()));
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private List<VisitTask> toVisitTasks(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        // one query for all business keys, not one per task
        Map<String, String> references = new HashMap<>();
        runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().forEach(instance -> references.put(instance.getId(), instance.getBusinessKey()));
        return tasks.stream().map(task -> new VisitTask(task.getId(), task.getTaskDefinitionKey(),
                references.get(task.getProcessInstanceId()), task.getAssignee(), task.getCreateTime(),
                task.getDueDate())).toList();
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

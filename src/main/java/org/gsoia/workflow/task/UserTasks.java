package org.gsoia.workflow.task;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A procedure's way to its user tasks: find the task a user came to work on, and complete it as that user. The one
 * place that authenticates the user in the engine, claims a free task, completes it, turns a lost race into "task
 * gone" and writes the audit trail, for every procedure alike. Need-to-know is the inbox's: a user works only on
 * tasks assigned to them or offered to one of their groups.
 */
@Service
public class UserTasks {

    private final TaskInbox inbox;
    private final EngineAsUser engine;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final People people;
    private final AuditLog auditLog;

    UserTasks(TaskInbox inbox, EngineAsUser engine, TaskService taskService, HistoryService historyService,
              People people, AuditLog auditLog) {
        this.inbox = inbox;
        this.engine = engine;
        this.taskService = taskService;
        this.historyService = historyService;
        this.people = people;
        this.auditLog = auditLog;
    }

    /** Where the task stands (who holds it since when, to whom it is offered, its deadline), in the reader's words. */
    @Transactional(readOnly = true)
    public TaskSituation situation(InboxRow task, Locale locale) {
        Instant heldSince = null;
        if (task.assignee() != null) {
            heldSince = historyService.createHistoricIdentityLinkLogQuery().taskId(task.taskId())
                    .type(IdentityLinkType.ASSIGNEE).operationType("add")
                    .orderByTime().desc().listPage(0, 1).stream().findFirst()
                    .map(link -> link.getTime().toInstant()).orElse(null);
        }
        List<String> offeredTo = taskService.getIdentityLinksForTask(task.taskId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> people.groupName(link.getGroupId(), locale)).distinct().toList();
        return new TaskSituation(task.assignee() == null ? null : people.name(task.assignee(), locale), heldSince, offeredTo,
                openedAt(task.taskId()).orElse(null), task.due(), inbox.dueState(task));
    }

    /**
     * Takes the task the user is about to complete, in the caller's transaction: locks it, so that a colleague acting
     * at the same moment waits and then finds it gone, and checks that the user may work on it and that it is the
     * step the caller expects.
     *
     * @throws TaskActionRefusedException when the task is gone, not the user's, or another step
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InboxRow take(String taskId, String userId, String procedureKey, String taskKey) {
        if (taskId == null) {
            throw new TaskActionRefusedException(TaskActionRefusedException.Reason.GONE, null);
        }
        InboxRow task = inbox.lockVisible(userId, taskId)
                .filter(row -> row.procedureKey().equals(procedureKey) && row.taskKey().equals(taskKey))
                .orElseThrow(() -> new TaskActionRefusedException(TaskActionRefusedException.Reason.GONE, taskId));
        if (task.assignee() != null && !task.assignee().equals(userId)) {
            throw new TaskActionRefusedException(TaskActionRefusedException.Reason.CLAIMED_BY_OTHER, taskId);
        }
        return task;
    }

    /** The reference of the case an open task belongs to, if the user may see the task. */
    @Transactional(readOnly = true)
    public Optional<String> caseOf(String taskId, String userId) {
        return taskId == null ? Optional.empty() : inbox.find(userId, taskId).map(InboxRow::reference);
    }

    /** The open tasks of one case that the user may work on, oldest first (one indexed query). */
    @Transactional(readOnly = true)
    public List<InboxRow> workableOf(String reference, String userId) {
        return inbox.openTasksOf(userId, reference);
    }

    /** The open tasks of one case of one procedure that the user may work on, oldest first. */
    @Transactional(readOnly = true)
    public List<InboxRow> workableOf(String reference, String userId, String procedureKey) {
        return inbox.openTasksOf(userId, reference).stream()
                .filter(task -> task.procedureKey().equals(procedureKey)).toList();
    }

    /** When the task was opened (e.g. when a question was asked). */
    @Transactional(readOnly = true)
    public Optional<Instant> openedAt(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult())
                .map(Task::getCreateTime).map(java.util.Date::toInstant);
    }

    /**
     * Completes a task {@linkplain #take taken} in the same transaction as the user, with the values the process needs
     * from the user's choice, together with the procedure's own changes to the case. A free task is claimed first.
     *
     * @param action  the audit trail's action, e.g. {@code VISIT_DECIDED}; details may be null
     * @throws TaskActionRefusedException the task is gone, claimed by a colleague or changed at the same moment
     * @throws TaskRuleViolation          a rule of the procedure refused the completion (the task stays open)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(InboxRow task, String userId, ProcessValues values, String action, String details) {
        engine.runAsOneCommand(userId, task.taskId(), () -> {
            if (task.assignee() == null) {
                TasksBeingCompleted.add(task.taskId());
                taskService.claim(task.taskId(), userId);
            }
            taskService.complete(task.taskId(), values.asMap());
        });
        auditLog.record(userId, action, task.reference(), details);
    }
}

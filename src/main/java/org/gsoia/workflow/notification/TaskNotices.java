package org.gsoia.workflow.notification;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.task.InboxCaseSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the members of a new task's candidate groups that work waits for them, for every procedure: "New task:
 * <task> on <reference>" with a link to the case's page. A procedure whose tasks must not be missed (the breach
 * chain) makes its tasks' topic mandatory through a {@link TaskNoticePolicy}.
 */
@Component
class TaskNotices {

    static final Topic TASK_OFFERED = Topic.optional("TASK_OFFERED");

    private final Notifications notifications;
    private final List<InboxCaseSource> procedures;
    private final List<TaskNoticePolicy> policies;

    TaskNotices(Notifications notifications, List<InboxCaseSource> procedures, List<TaskNoticePolicy> policies) {
        this.notifications = notifications;
        this.procedures = procedures;
        this.policies = policies;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getExecution() == null) {
            return;
        }
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        String processKey = execution.getProcessDefinition().getKey();
        Optional<Procedure> procedure = procedures.stream().map(InboxCaseSource::procedure)
                .filter(p -> p.processKey().equals(processKey)).findFirst();
        if (procedure.isEmpty()) {
            return;
        }
        String reference = execution.getProcessBusinessKey();
        Topic topic = policies.stream().map(policy -> policy.topicOf(processKey, task.getTaskDefinitionKey()))
                .flatMap(Optional::stream).findFirst().orElse(TASK_OFFERED);
        Notice notice = Notice.of(topic, reference, procedure.get().page(reference),
                new Notice.Translated(procedure.get().taskLabelKey(task.getTaskDefinitionKey())));
        task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null).distinct()
                .forEach(group -> notifications.toGroup(notice, group));
    }
}

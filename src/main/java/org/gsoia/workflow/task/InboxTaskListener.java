package org.gsoia.workflow.task;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox read model in step with the engine. Camunda's Spring Boot starter publishes every task event of every
 * process (create, assignment, update, complete, delete) as a Spring event, synchronously and inside the engine's
 * transaction; so no procedure's model needs a listener of its own.
 */
@Component
class InboxTaskListener {

    private final InboxReadModel readModel;

    InboxTaskListener(InboxReadModel readModel) {
        this.readModel = readModel;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (task.getExecution() == null) {
            return; // stand-alone tasks belong to no case
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> readModel.remove(task.getId());
            case TaskListener.EVENTNAME_CREATE -> readModel.add(engineTask(task));
            // claims, hand-overs and candidate changes only touch the task: asking the procedure for the case's facts
            // again would make every claim read (and flush) the case's domain row, on which two officers racing for
            // the same task would then contend
            case TaskListener.EVENTNAME_UPDATE -> {
                // a claim made to complete the task in the same engine command (UserTasks.complete): its row goes
                // with the completion a moment later, so writing the assignee first would be wasted
                if (!TasksBeingCompleted.contains(task.getId())) {
                    readModel.updateTask(engineTask(task));
                }
            }
            default -> {
                // "assignment" comes only right after "create" or "update" (TaskEntity.fireAssignmentEvent), which
                // wrote the assignee already; timeout events change nothing the inbox shows
            }
        }
    }

    private static InboxReadModel.EngineTask engineTask(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        return new InboxReadModel.EngineTask(task.getId(), task.getProcessInstanceId(),
                execution.getProcessDefinition().getKey(), task.getTaskDefinitionKey(),
                execution.getProcessBusinessKey(), task.getAssignee(), task.getOwner(), groups);
    }
}

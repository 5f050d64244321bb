package org.gsoia.workflow.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the read model from the engine when the two disagree at start-up — after an upgrade that introduced the
 * inbox, or after tasks were changed behind the application's back (e.g. in Cockpit while it was down).
 */
@Component
class InboxRebuild {

    private static final Logger log = LoggerFactory.getLogger(InboxRebuild.class);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final InboxReadModel readModel;

    InboxRebuild(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
                 InboxReadModel readModel) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.readModel = readModel;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void rebuildIfOutOfStep() {
        long engineTasks = taskService.createTaskQuery().processInstanceBusinessKeyLike("%").count();
        if (engineTasks != readModel.size()) {
            log.info("Task inbox out of step with the engine ({} open tasks, {} inbox rows): rebuilding",
                    engineTasks, readModel.size());
            rebuild();
        }
    }

    @Transactional
    void rebuild() {
        readModel.clear();
        Map<String, String> procedureKeys = new HashMap<>();
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKeyLike("%").list();
        Map<String, String> references = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        for (Task task : tasks) {
            String procedureKey = procedureKeys.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> repositoryService.getProcessDefinition(id).getKey());
            List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            readModel.add(new InboxReadModel.EngineTask(task.getId(), task.getProcessInstanceId(), procedureKey,
                    task.getTaskDefinitionKey(), references.get(task.getProcessInstanceId()),
                    task.getAssignee(), task.getOwner(), groups));
        }
    }
}

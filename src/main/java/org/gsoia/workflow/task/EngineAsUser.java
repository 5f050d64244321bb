package org.gsoia.workflow.task;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gsoia.workflow.procedure.ConcurrentChanges;
import org.gsoia.workflow.security.EngineSecurity;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call on a task as a user: the engine records who acted, and every way the call can lose a race
 * with a colleague becomes a {@link TaskActionRefusedException} the user can read, never an error page. A procedure rule's refusal ({@link TaskRuleViolation}) reaches the caller
 * as it is.
 */
@Component
class EngineAsUser {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    EngineAsUser(IdentityService identityService, TaskService taskService,
                 ProcessEngineConfigurationImpl engineConfiguration) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.engineConfiguration = engineConfiguration;
    }

    /**
     * Runs several engine calls on a task (claim, then complete) as one engine command: the engine reads the task and
     * its execution once and writes their changes in one flush, where separate calls would each read and write them.
     */
    void runAsOneCommand(String userId, String taskId, Runnable engineCalls) {
        run(userId, taskId, () -> engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
            engineCalls.run();
            return null;
        }));
    }

    void run(String userId, String taskId, Runnable engineCall) {
        // the user's own groups play no part: the application's group passes every engine check (the services
        // check who may act), and the user id is what the engine records
        identityService.setAuthentication(userId, List.of(EngineSecurity.APPLICATION_GROUP));
        try {
            engineCall.run();
        } catch (TaskAlreadyClaimedException claimed) {
            throw new TaskActionRefusedException(TaskActionRefusedException.Reason.CLAIMED_BY_OTHER, taskId);
        } catch (ProcessEngineException failure) {
            TaskRuleViolation.findIn(failure).ifPresent(violation -> {
                throw violation;
            });
            if (ConcurrentChanges.isCause(failure)) {
                throw new TaskActionRefusedException(TaskActionRefusedException.Reason.CHANGED_MEANWHILE, taskId);
            }
            // e.g. "Cannot find task": completed by someone else between our check and the engine call
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskActionRefusedException(TaskActionRefusedException.Reason.GONE, taskId);
            }
            throw failure;
        } catch (RuntimeException failure) {
            if (ConcurrentChanges.isCause(failure)) {
                throw new TaskActionRefusedException(TaskActionRefusedException.Reason.CHANGED_MEANWHILE, taskId);
            }
            throw failure;
        } finally {
            identityService.clearAuthentication();
        }
    }
}

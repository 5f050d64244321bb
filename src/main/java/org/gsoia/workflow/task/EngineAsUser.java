package org.gsoia.workflow.task;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gsoia.workflow.procedure.ConcurrentChanges;
import org.gsoia.workflow.security.EngineSecurity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an engine call on a task as a user: the engine records who acted, and every way the call can lose a race
 * with a colleague becomes a {@link TaskActionRefusedException} the user can read, never an error page. A procedure rule's refusal ({@link TaskRuleViolation}) reaches the caller
 * as it is.
 */
@Component
class EngineAsUser {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final NamedParameterJdbcTemplate jdbc;

    private final ProcessEngineConfigurationImpl engineConfiguration;

    EngineAsUser(IdentityService identityService, TaskService taskService, NamedParameterJdbcTemplate jdbc,
                 ProcessEngineConfigurationImpl engineConfiguration) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.jdbc = jdbc;
        this.engineConfiguration = engineConfiguration;
    }

    /**
     * Locks the open task's inbox row until the transaction ends, so that two users acting on the same task at the
     * same moment queue up instead of racing inside the engine; the second one then finds the task gone.
     *
     * @return false when the task is no longer open
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(String taskId) {
        return !jdbc.queryForList("select task_id from task_inbox where task_id = :taskId for update",
                new MapSqlParameterSource("taskId", taskId), String.class).isEmpty();
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

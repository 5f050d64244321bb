package org.gsoia.workflow.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default grants each task's assignee and candidates permissions on it, row by row, for users who work in
 * Camunda's Tasklist. Here nobody does: the webapps and the engine's REST API are for administrators (who hold every
 * permission) and the application's services pass the checks ({@link EngineSecurity}). The rows were pure cost: a
 * read and a write for every candidate group and every claim (about 18 statements per visit lifecycle).
 */
class NoTaskAuthorizations extends DefaultAuthorizationProvider {

    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    @Override
    public AuthorizationEntity[] newTask(Task task) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
        return NONE;
    }
}

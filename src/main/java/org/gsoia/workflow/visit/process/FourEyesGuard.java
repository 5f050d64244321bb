package org.gsoia.workflow.visit.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listener on the completion of {@code confirmDecision} in {@code visit-request}: the confirmation of a
 * SECRET or TOP SECRET visit decision must come from a second officer. Throwing here makes the engine roll the
 * completion back, so the task stays open for someone else.
 */
@Component("fourEyesGuard")
public class FourEyesGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String confirmingUser = confirmingUser(task);
        if (confirmingUser == null) {
            throw new FourEyesViolationException(
                    "Four-eyes principle: nobody is identified as confirming task " + task.getId());
        }
        String firstOfficer = VisitProcess.FIRST_DECISION_BY.get(task);
        if (firstOfficer == null || firstOfficer.isBlank()) {
            // without the first officer the rule cannot be checked; letting it pass would defeat it
            throw new FourEyesViolationException(
                    "Four-eyes principle: no first decision is recorded for task " + task.getId());
        }
        // user ids may differ in case only, depending on how they were typed at login
        if (confirmingUser.equalsIgnoreCase(firstOfficer)) {
            throw new FourEyesViolationException("Four-eyes principle: " + confirmingUser
                    + " took the decision and cannot confirm it (task " + task.getId() + ")");
        }
    }

    /** The authenticated user if the caller set one, else the assignee who claimed the task. */
    private static String confirmingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String userId = authentication == null ? null : authentication.getUserId();
        if (userId == null || userId.isBlank()) {
            userId = task.getAssignee();
        }
        return userId == null || userId.isBlank() ? null : userId;
    }
}

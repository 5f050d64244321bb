package org.gsoia.workflow.breach.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.gsoia.workflow.breach.BreachCases;
import org.springframework.stereotype.Component;

/**
 * Task listener on the assignment and the completion of {@code investigateBreach}: the investigation is carried out
 * by someone not involved (R-BR-04, EU rule "personnel not immediately concerned"). Whoever reported the breach or is
 * named as involved can neither take the task nor complete it; throwing makes the engine roll the claim or the
 * completion back, so the task stays open for someone else.
 */
@Component("investigatorIndependenceGuard")
public class InvestigatorIndependenceGuard implements TaskListener {

    private final BreachCases cases;

    InvestigatorIndependenceGuard(BreachCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        String user = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
                : actingUser(task);
        if (user == null) {
            if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
                return; // handed back to the group: nobody takes it
            }
            throw new InvestigatorNotIndependentException("Nobody is identified as completing the investigation of "
                    + reference);
        }
        if (cases.involves(reference, user)) {
            throw new InvestigatorNotIndependentException(user + " reported or is involved in " + reference
                    + " and cannot investigate it");
        }
    }

    private static String actingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String userId = authentication == null ? null : authentication.getUserId();
        return userId == null || userId.isBlank() ? task.getAssignee() : userId;
    }
}

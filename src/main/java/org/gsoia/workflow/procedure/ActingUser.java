package org.gsoia.workflow.procedure;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a user, so that the engine records who acted (history, task events, the audit the procedures
 * derive from them). Whoever was acting before acts again afterwards: a listener that starts or correlates cases
 * inside another user's action (a register change reaching visits and contracts) must not log that user out.
 */
@Component
public class ActingUser {

    private final IdentityService identityService;

    ActingUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void run(String userId, Runnable engineCall) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthenticatedUserId(userId);
        try {
            engineCall.run();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}

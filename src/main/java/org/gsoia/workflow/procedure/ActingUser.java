package org.gsoia.workflow.procedure;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.gsoia.workflow.security.EngineSecurity;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a user, so that the engine records who acted (history, task events, the audit the procedures
 * derive from them), in the application's group, so that the engine's authorization checks (meant for direct callers
 * of its REST API) leave the services' own need-to-know checks in charge. Whoever was acting before acts again afterwards: a listener that starts or correlates cases
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
        identityService.setAuthentication(userId, List.of(EngineSecurity.APPLICATION_GROUP));
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

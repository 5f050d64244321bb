package org.gsoia.workflow.casefile;

import java.time.Instant;

/**
 * An automatic step of the case that failed, as administrators see it: the step's name, the kind of fault (the
 * exception's class, never its message, which can carry names and case content), how many attempts the engine
 * still makes on its own, and when. With no attempts left it is an incident: the case waits for an administrator.
 *
 * @param failedAt    when the incident was raised; null while attempts are left
 * @param nextAttempt when the engine tries again on its own; null for an incident
 */
public record CaseIncident(String jobId, String step, String cause, int retriesLeft, Instant failedAt,
                           Instant nextAttempt) {

    /** No attempts left: only an administrator's retry moves the case on. */
    public boolean isIncident() {
        return retriesLeft <= 0;
    }
}

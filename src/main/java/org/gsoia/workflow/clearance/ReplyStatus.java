package org.gsoia.workflow.clearance;

import org.gsoia.workflow.agreement.FscStatus;

/** A facility's clearance as an assurance reply states it (R-FC-02): the register's status, or none at all. */
public enum ReplyStatus {
    VALID, IN_PROCESS, NONE, SUSPENDED, REVOKED, EXPIRED;

    public static ReplyStatus of(FscStatus status) {
        return status == null ? NONE : valueOf(status.name());
    }
}

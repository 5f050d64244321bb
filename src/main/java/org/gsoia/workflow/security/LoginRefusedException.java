package org.gsoia.workflow.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before the password was checked: too many failures from the client's address. */
class LoginRefusedException extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginRefusedException(Duration retryAfter) {
        super("Too many failed logins from this address");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}

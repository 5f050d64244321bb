package org.gsoia.workflow.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes interactive logins, failed logins and logouts to the audit trail. (Stateless HTTP Basic calls of
 * machine clients are not logins and are not recorded here.)
 */
@Component
class SecurityEventAuditor {

    private final AuditLog auditLog;

    SecurityEventAuditor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        auditLog.record(event.getAuthentication().getName(), "LOGIN", null, null);
    }

    @EventListener
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        // the attempted user name is recorded, never the password
        auditLog.record(event.getAuthentication().getName(), "LOGIN_FAILED", null,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        auditLog.record(event.getAuthentication().getName(), "LOGOUT", null, null);
    }
}

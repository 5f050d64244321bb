package org.gsoia.workflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password: the current one is checked (a wrong one counts as a failed login, so this is
 * no way around the lockout), the new one must meet Camunda's password policy, and the change is audited.
 */
@Service
public class Passwords {

    private final IdentityService identityService;
    private final AuditLog auditLog;

    Passwords(IdentityService identityService, AuditLog auditLog) {
        this.identityService = identityService;
        this.auditLog = auditLog;
    }

    /** Why a change was refused; {@code rules} are the policy's unmet rules for {@link Reason#POLICY}. */
    public static class ChangeRefused extends RuntimeException {
        public enum Reason { WRONG_CURRENT, MISMATCH, SAME_AS_CURRENT, POLICY }

        private final Reason reason;
        private final transient List<PasswordPolicyRule> rules;

        ChangeRefused(Reason reason, List<PasswordPolicyRule> rules) {
            super(reason.name());
            this.reason = reason;
            this.rules = rules;
        }

        public Reason reason() {
            return reason;
        }

        public List<PasswordPolicyRule> rules() {
            return rules;
        }
    }

    /** The policy's rules the candidate does not meet (empty: it is good). */
    @Transactional(readOnly = true)
    public List<PasswordPolicyRule> unmetRules(String userId, String candidate) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return identityService.checkPasswordAgainstPolicy(candidate, user).getViolatedRules();
    }

    @Transactional(noRollbackFor = ChangeRefused.class)
    public void change(String userId, String current, String next, String repeated) {
        if (current == null || !identityService.checkPassword(userId, current)) {
            auditLog.record(userId, "PASSWORD_CHANGE_REFUSED", "user:" + userId, "wrong current password");
            throw new ChangeRefused(ChangeRefused.Reason.WRONG_CURRENT, List.of());
        }
        if (next == null || !next.equals(repeated)) {
            throw new ChangeRefused(ChangeRefused.Reason.MISMATCH, List.of());
        }
        if (next.equals(current)) {
            throw new ChangeRefused(ChangeRefused.Reason.SAME_AS_CURRENT, List.of());
        }
        List<PasswordPolicyRule> unmet = unmetRules(userId, next);
        if (!unmet.isEmpty()) {
            throw new ChangeRefused(ChangeRefused.Reason.POLICY, unmet);
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(next);
        identityService.saveUser(user);
        auditLog.record(userId, "PASSWORD_CHANGED", "user:" + userId, null);
    }
}

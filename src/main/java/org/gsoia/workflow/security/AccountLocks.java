package org.gsoia.workflow.security;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gsoia.workflow.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as administrators see them: failed logins, the lock's end, and unlocking. */
@Service
public class AccountLocks {

    private final IdentityService identityService;
    private final AuditLog auditLog;

    AccountLocks(IdentityService identityService, AuditLog auditLog) {
        this.identityService = identityService;
        this.auditLog = auditLog;
    }

    /** One account: {@code lockedUntil} is null when the account is not locked now. */
    public record Account(String userId, String name, int failedLogins, Instant lockedUntil) {
        public boolean locked() {
            return lockedUntil != null;
        }
    }

    @Transactional(readOnly = true)
    public List<Account> page(String idFilter, int offset, int limit) {
        return query(idFilter).orderByUserId().asc().listPage(offset, limit).stream().map(this::account).toList();
    }

    @Transactional(readOnly = true)
    public int count(String idFilter) {
        return (int) query(idFilter).count();
    }

    @Transactional
    public void unlock(String adminId, String userId) {
        identityService.unlockUser(userId);
        auditLog.record(adminId, "ACCOUNT_UNLOCKED", "user:" + userId, null);
    }

    private UserQuery query(String idFilter) {
        var query = identityService.createUserQuery();
        if (idFilter != null && !idFilter.isBlank()) {
            query.userId(idFilter.strip());
        }
        return query;
    }

    private Account account(User user) {
        UserEntity entity = (UserEntity) user;
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant until = entity.getLockExpirationTime() == null ? null : entity.getLockExpirationTime().toInstant();
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new Account(user.getId(), name, entity.getAttempts(), until != null && until.isAfter(now) ? until : null);
    }
}

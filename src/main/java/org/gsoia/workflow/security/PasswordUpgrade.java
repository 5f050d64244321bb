package org.gsoia.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Replaces a user's old password hash (Camunda's salted SHA-512) by an Argon2 hash of the same password, right after
 * the password was checked: the only moment the application knows it. The password policy is not applied here: an
 * old password that misses it still works until its owner changes it.
 */
@Component
class PasswordUpgrade {

    private final IdentityService identityService;

    PasswordUpgrade(IdentityService identityService) {
        this.identityService = identityService;
    }

    void afterSuccessfulCheck(String userId, String password) {
        if (identityService.createUserQuery().userId(userId).singleResult() instanceof UserEntity user
                && user.getPassword() != null && !user.getPassword().startsWith(Argon2PasswordHash.PREFIX)) {
            user.setPassword(password);
            ((IdentityServiceImpl) identityService).saveUser(user, true);
        }
    }
}

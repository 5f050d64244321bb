package org.gsoia.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.config.NodeLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production installation starts without users. When {@code GSOIA_ADMIN_INITIAL_PASSWORD} is set and no
 * administrator exists yet, this creates the user {@code admin} with that password, once; the administrator
 * then creates everyone else in Camunda's Admin webapp.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final IdentityService identityService;
    private final UserProfileRepository profiles;
    private final NodeLocks nodeLocks;
    private final String initialPassword;
    private final String organisationId;

    InitialAdministrator(IdentityService identityService, UserProfileRepository profiles, NodeLocks nodeLocks,
                         @Value("${gsoia.admin.initial-password:}") String initialPassword,
                         @Value("${gsoia.admin.organisation:DE-BMWE}") String organisationId) {
        this.identityService = identityService;
        this.profiles = profiles;
        this.nodeLocks = nodeLocks;
        this.initialPassword = initialPassword;
        this.organisationId = organisationId;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (initialPassword.isBlank()) {
            return;
        }
        // another node starting at the same moment checks after this one has committed
        nodeLocks.holdUntilTransactionEnds(NodeLocks.INITIAL_ADMINISTRATOR);
        if (identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).count() > 0) {
            return;
        }
        if (!identityService.checkPasswordAgainstPolicy(initialPassword).isValid()) {
            throw new IllegalStateException("GSOIA_ADMIN_INITIAL_PASSWORD does not meet the password policy: at least"
                    + " 10 characters with an upper-case and a lower-case letter, a digit and a special character");
        }
        User admin = identityService.newUser("admin");
        admin.setFirstName("System");
        admin.setLastName("Administrator");
        admin.setPassword(initialPassword);
        identityService.saveUser(admin);
        identityService.createMembership(admin.getId(), Role.ADMIN.groupId());
        profiles.save(new UserProfile(admin.getId(), organisationId, "en"));
        log.info("Created the initial administrator 'admin'; change its password (user menu → Change password)");
    }
}

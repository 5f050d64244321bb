package org.gsoia.workflow.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.config.TransactionMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads users from Camunda's identity tables joined with their profile; keeps the language choice. */
@Service
public class UserDirectory {

    private final IdentityService identityService;
    private final UserProfileRepository profiles;
    private final AuditLog auditLog;

    UserDirectory(IdentityService identityService, UserProfileRepository profiles, AuditLog auditLog) {
        this.identityService = identityService;
        this.profiles = profiles;
        this.auditLog = auditLog;
    }

    /** The user's account, read once per transaction (one action asks several times: applicant, language, checks). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String userId) {
        return TransactionMemo.remember(this, "account:" + userId, () -> read(userId));
    }

    private Optional<UserAccount> read(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        Set<Role> roles = groupsOf(userId).stream().flatMap(groupId -> Role.ofGroupId(groupId).stream())
                .collect(Collectors.toUnmodifiableSet());
        Optional<UserProfile> profile = profiles.findById(userId);
        return Optional.of(new UserAccount(user.getId(), user.getFirstName(), user.getLastName(),
                profile.map(UserProfile::getNameLatin).orElse(null),
                profile.map(UserProfile::getOrganisationId).orElse(null),
                profile.map(UserProfile::getPreferredLocale).map(Locale::forLanguageTag).orElse(null),
                roles));
    }

    /** The user's Camunda groups (roles, authority, organisation): what the engine checks candidate tasks against. */
    @Transactional(readOnly = true)
    public List<String> groupsOf(String userId) {
        return TransactionMemo.remember(this, "groups:" + userId, () -> identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    }

    /** Remembers the language the user chose, so the next login starts in it. */
    @Transactional
    public void changePreferredLocale(String userId, Locale locale) {
        UserProfile profile = profiles.findById(userId)
                .orElseThrow(() -> new IllegalArgumentException("No profile for user " + userId));
        profile.setPreferredLocale(locale.toLanguageTag());
        TransactionMemo.forget(this);
        auditLog.record(userId, "LANGUAGE_CHANGED", "user:" + userId, locale.toLanguageTag());
    }
}

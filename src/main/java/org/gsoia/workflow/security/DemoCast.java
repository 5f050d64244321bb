package org.gsoia.workflow.security;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo cast (all with password {@code demo}) in the {@code demo} profile only. Idempotent: users,
 * groups, memberships and profiles that exist already are left as they are, so restarts change nothing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCast implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCast.class);

    record Member(String id, String firstName, String lastName, String organisationId, Locale locale, Role role) {
    }

    static final List<Member> CAST = List.of(
            new Member("applicant.de", "Anna", "Becker", "DE-NORDWERK", Locale.GERMAN, Role.APPLICANT),
            new Member("applicant.jp", "花子", "佐藤", "JP-SAKURA", Locale.JAPANESE, Role.APPLICANT),
            new Member("officer.de1", "Thomas", "Wagner", "DE-BAAINBW", Locale.GERMAN, Role.AUTHORITY),
            new Member("officer.de2", "Julia", "Schmitt", "DE-BAAINBW", Locale.GERMAN, Role.AUTHORITY),
            new Member("officer.jp1", "健", "田中", "JP-ATLA", Locale.JAPANESE, Role.AUTHORITY),
            new Member("officer.jp2", "美咲", "鈴木", "JP-ATLA", Locale.JAPANESE, Role.AUTHORITY),
            new Member("facility.de", "Markus", "Hoffmann", "DE-RHEINTAL", Locale.GERMAN, Role.HOST_FACILITY),
            new Member("facility.jp", "翔", "山本", "JP-MINATO", Locale.JAPANESE, Role.HOST_FACILITY),
            new Member("manager", "Eva", "Lindner", "DE-BMWE", Locale.ENGLISH, Role.MANAGER),
            new Member("admin", "Paul", "Krüger", "DE-BMWE", Locale.ENGLISH, Role.ADMIN));

    private final IdentityService identityService;
    private final UserProfileRepository profiles;

    DemoCast(IdentityService identityService, UserProfileRepository profiles) {
        this.identityService = identityService;
        this.profiles = profiles;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Member member : CAST) {
            if (ensureUser(member)) {
                created++;
            }
        }
        log.info("Demo cast ready ({} users, {} created now); password for all: {}", CAST.size(), created, PASSWORD);
    }

    private boolean ensureUser(Member member) {
        boolean created = false;
        if (identityService.createUserQuery().userId(member.id()).count() == 0) {
            User user = identityService.newUser(member.id());
            user.setFirstName(member.firstName());
            user.setLastName(member.lastName());
            user.setEmail(member.id() + "@demo.invalid");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            created = true;
        }
        if (identityService.createGroupQuery().groupMember(member.id()).groupId(member.role().groupId()).count() == 0) {
            identityService.createMembership(member.id(), member.role().groupId());
        }
        if (!profiles.existsById(member.id())) {
            profiles.save(new UserProfile(member.id(), member.organisationId(), member.locale().toLanguageTag()));
        }
        return created;
    }
}

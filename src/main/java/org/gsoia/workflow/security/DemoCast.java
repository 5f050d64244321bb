package org.gsoia.workflow.security;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.gsoia.workflow.config.NodeLocks;
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
 * groups, memberships and profiles that exist already are left as they are (a missing romanisation is added), so
 * restarts change nothing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCast implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCast.class);

    /**
     * A demo user. {@code visitOfficer}: an authority officer who decides visits, and so is in the party's authority
     * group that visit tasks are routed to; the industrial-security officers ({@code security.*}) are not, they keep
     * the FSC register (as officers of their party's designated security authority, R-AU-03).
     */
    record Member(String id, String firstName, String lastName, String nameLatin, String organisationId, Locale locale,
                  Role role, boolean visitOfficer) {

        Member(String id, String firstName, String lastName, String nameLatin, String organisationId, Locale locale,
               Role role) {
            this(id, firstName, lastName, nameLatin, organisationId, locale, role, role == Role.AUTHORITY);
        }

        String party() {
            return organisationId.substring(0, 2);
        }

        /**
         * The task-routing group: the party's authority for visit officers, the designated security authority's
         * industrial-security group for its officers, the organisation for everyone else.
         */
        String caseGroup() {
            if (role == Role.AUTHORITY) {
                return visitOfficer ? CaseGroups.authority(party()) : CaseGroups.securityAuthority(organisationId);
            }
            return CaseGroups.organisation(organisationId);
        }
    }

    static final List<Member> CAST = List.of(
            new Member("applicant.de", "Anna", "Becker", null, "DE-NORDWERK", Locale.GERMAN, Role.APPLICANT),
            new Member("applicant.jp", "花子", "佐藤", "Satō Hanako", "JP-SAKURA", Locale.JAPANESE, Role.APPLICANT),
            new Member("officer.de1", "Thomas", "Wagner", null, "DE-BAAINBW", Locale.GERMAN, Role.AUTHORITY),
            new Member("officer.de2", "Julia", "Schmitt", null, "DE-BAAINBW", Locale.GERMAN, Role.AUTHORITY),
            new Member("officer.jp1", "健", "田中", "Tanaka Ken", "JP-ATLA", Locale.JAPANESE, Role.AUTHORITY),
            new Member("officer.jp2", "美咲", "鈴木", "Suzuki Misaki", "JP-ATLA", Locale.JAPANESE, Role.AUTHORITY),
            new Member("security.de1", "Sabine", "Krause", null, "DE-BMWE", Locale.GERMAN, Role.AUTHORITY, false),
            new Member("security.de2", "Michael", "Vogt", null, "DE-BMWE", Locale.GERMAN, Role.AUTHORITY, false),
            new Member("security.jp1", "直樹", "木村", "Kimura Naoki", "JP-ATLA", Locale.JAPANESE, Role.AUTHORITY, false),
            new Member("security.jp2", "裕子", "林", "Hayashi Yūko", "JP-ATLA", Locale.JAPANESE, Role.AUTHORITY, false),
            new Member("facility.de", "Markus", "Hoffmann", null, "DE-RHEINTAL", Locale.GERMAN, Role.HOST_FACILITY),
            new Member("facility.jp", "翔", "山本", "Yamamoto Shō", "JP-MINATO", Locale.JAPANESE, Role.HOST_FACILITY),
            new Member("manager", "Eva", "Lindner", null, "DE-BMWE", Locale.ENGLISH, Role.MANAGER),
            new Member("admin", "Paul", "Krüger", null, "DE-BMWE", Locale.ENGLISH, Role.ADMIN));

    private final IdentityService identityService;
    private final UserProfileRepository profiles;
    private final NodeLocks nodeLocks;

    DemoCast(IdentityService identityService, UserProfileRepository profiles, NodeLocks nodeLocks) {
        this.identityService = identityService;
        this.profiles = profiles;
        this.nodeLocks = nodeLocks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // two demo nodes starting together: the second finds the cast the first committed
        nodeLocks.holdUntilTransactionEnds(NodeLocks.DEMO_CAST);
        int created = 0;
        for (Member member : CAST) {
            if (ensureUser(member)) {
                created++;
            }
        }
        log.info("Demo cast ready ({} users, {} created now)", CAST.size(), created);
    }

    private boolean ensureUser(Member member) {
        boolean created = false;
        if (identityService.createUserQuery().userId(member.id()).count() == 0) {
            User user = identityService.newUser(member.id());
            user.setFirstName(member.firstName());
            user.setLastName(member.lastName());
            user.setEmail(member.id() + "@demo.invalid");
            user.setPassword(PASSWORD);
            // the demo cast's password is known and short on purpose; the policy holds for everyone else
            ((IdentityServiceImpl) identityService).saveUser(user, true);
            created = true;
        }
        ensureMembership(member.id(), member.role().groupId());
        ensureGroup(member.caseGroup(), "CASE_ROUTING");
        ensureMembership(member.id(), member.caseGroup());
        UserProfile profile = profiles.findById(member.id()).orElseGet(() -> profiles.save(
                new UserProfile(member.id(), member.organisationId(), member.locale().toLanguageTag())));
        // a database seeded before romanisations existed gets them too
        if (profile.getNameLatin() == null && member.nameLatin() != null) {
            profile.setNameLatin(member.nameLatin());
        }
        return created;
    }

    private void ensureGroup(String groupId, String type) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupId);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}

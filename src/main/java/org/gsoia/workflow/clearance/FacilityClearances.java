package org.gsoia.workflow.clearance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.AuthorityRole;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.Facility;
import org.gsoia.workflow.agreement.FacilityRepository;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FSC register as the competent authorities keep it: each party's officers record the clearances of their own
 * party's facilities, every change with who, when and why, and the history of every change stays readable.
 * A suspension or revocation needs the reference of its reasons file (a company may challenge a withdrawal).
 */
@Service
public class FacilityClearances {

    public static final int MAX_RESTRICTIONS = 1000;
    public static final int MAX_NAME = 200;
    public static final int MAX_REASONS_REFERENCE = 200;
    public static final int MAX_REASON = 2000;

    private final FacilityRepository facilities;
    private final ClearanceHistoryRepository history;
    private final jakarta.persistence.EntityManager entityManager;
    private final ReferenceData referenceData;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final AuditLog auditLog;
    private final Agreements agreements;
    private final People people;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    FacilityClearances(FacilityRepository facilities, ClearanceHistoryRepository history,
                       jakarta.persistence.EntityManager entityManager, ReferenceData referenceData,
                       OrganisationDirectory organisations, UserDirectory users, AuditLog auditLog,
                       Agreements agreements, People people, Clock clock,
                       org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.facilities = facilities;
        this.history = history;
        this.entityManager = entityManager;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.users = users;
        this.auditLog = auditLog;
        this.agreements = agreements;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Only officers of the authority that issues the facility's party's clearances record them: its designated
     * security authority by the agreement's role data (Germany: BMWE, not the visit authority BAAINBw; Japan: ATLA).
     */
    public boolean mayMaintain(String userId, String facilityId) {
        Optional<UserAccount> user = users.find(userId);
        return user.isPresent() && facilityId != null
                && facilities.findById(facilityId).map(facility -> maintains(user.get(), facility)).orElse(false);
    }

    /**
     * The history and the reasons file's reference are read by the facility's own party's authority officers and by
     * administrators only.
     */
    public boolean mayReadInternals(String userId, String facilityId) {
        Optional<UserAccount> user = users.find(userId);
        return user.isPresent() && facilityId != null
                && facilities.findById(facilityId).map(facility -> readsInternals(user.get(), facility)).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<FacilityClearance> clearance(String facilityId, String userId) {
        Optional<UserAccount> user = users.find(userId).filter(FacilityClearances::readsRegister);
        if (facilityId == null || user.isEmpty()) {
            return Optional.empty();
        }
        return facilities.findById(facilityId).map(facility -> asReadBy(user.get(), facility));
    }

    /** The clearances of several facilities, in one query, as the user may read them; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<FacilityClearance> clearances(Collection<String> facilityIds, String userId) {
        Optional<UserAccount> user = users.find(userId).filter(FacilityClearances::readsRegister);
        if (user.isEmpty() || facilityIds.isEmpty()) {
            return List.of();
        }
        return facilities.findAllById(facilityIds).stream().map(facility -> asReadBy(user.get(), facility)).toList();
    }

    private FacilityClearance asReadBy(UserAccount user, Facility facility) {
        FacilityClearance clearance = FacilityClearance.of(facility);
        return readsInternals(user, facility) ? clearance : clearance.withoutInternals();
    }

    /** Authorities of both parties and administrators read the register. */
    private static boolean readsRegister(UserAccount user) {
        return user.hasRole(Role.AUTHORITY) || user.hasRole(Role.ADMIN);
    }

    private boolean maintains(UserAccount user, Facility facility) {
        return user.hasRole(Role.AUTHORITY) && user.organisationId() != null
                && issuingAuthoritiesOf(facility.getPartyCode()).stream()
                .anyMatch(authority -> authority.id().equals(user.organisationId()));
    }

    private boolean readsInternals(UserAccount user, Facility facility) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return user.hasRole(Role.AUTHORITY) && Optional.ofNullable(user.organisationId())
                .flatMap(organisations::find).map(OrganisationSummary::partyCode)
                .filter(facility.getPartyCode()::equals).isPresent();
    }

    /** The levels a clearance of the party's facilities can have, highest first. */
    public List<ClassificationLevel> levelsOf(String partyCode) {
        return referenceData.levelsOf(partyCode);
    }

    /**
     * The authorities that issue and withdraw the party's clearances: those it notified as its designated security
     * authority (DSA) under the current agreement, valid today (Germany: BMWE; Japan: ATLA).
     */
    public List<OrganisationSummary> issuingAuthoritiesOf(String partyCode) {
        LocalDate today = LocalDate.now(clock);
        return referenceData.authoritiesOf(agreements.currentId()).stream()
                .filter(authority -> authority.getPartyCode().equals(partyCode)
                        && authority.getRole() == AuthorityRole.DSA && authority.isValidOn(today))
                .map(authority -> authority.getOrganisation().getId()).distinct()
                .map(organisations::find).flatMap(Optional::stream).toList();
    }

    /**
     * Records a change of the clearance, based on the version the officer read. Throws
     * {@link ClearanceChangeRefusedException} with every problem by field, {@link ClearanceChangedMeanwhileException}
     * when someone else changed it since, {@link AccessDeniedException} for anyone but an officer of the facility's
     * party; then nothing is saved.
     */
    @Transactional
    public FacilityClearance change(String facilityId, String userId, long readVersion, ClearanceChange change) {
        Facility facility = maintainedBy(facilityId, userId);
        if (facility.getVersion() != readVersion) {
            throw new ClearanceChangedMeanwhileException(facilityId);
        }
        return record(facility, userId, change, false);
    }

    /**
     * The national clearance of an assurance request starts (R-FC-03): the register says "in process", issued by the
     * officer's authority, with the case's reference as the reason. Nothing changes when it says so already.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    FacilityClearance startNationalClearance(String facilityId, String userId, String reason) {
        Facility facility = maintainedBy(facilityId, userId);
        FacilityClearance now = FacilityClearance.of(facility);
        if (now.status() == FscStatus.IN_PROCESS) {
            return now;
        }
        return record(facility, userId, new ClearanceChange(FscStatus.IN_PROCESS, now.levelId(), now.storageLevelId(),
                null, now.restrictions(), issuingAuthorityOf(userId, now), now.securityOfficer(),
                now.deputySecurityOfficer(), null, reason), false);
    }

    /** The national clearance granted: the register states the new clearance (problems by field, as for officers). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    FacilityClearance grantNationalClearance(String facilityId, String userId, ClearanceChange grant) {
        return record(maintainedBy(facilityId, userId), userId, grant, false);
    }

    /**
     * The national clearance refused: the facility holds no clearance (the reasons file's reference stays with the
     * case and in the history's reason).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    FacilityClearance refuseNationalClearance(String facilityId, String userId, String reason) {
        Facility facility = maintainedBy(facilityId, userId);
        FacilityClearance now = FacilityClearance.of(facility);
        return record(facility, userId, new ClearanceChange(null, null, null, null, null,
                issuingAuthorityOf(userId, now), now.securityOfficer(), now.deputySecurityOfficer(), null, reason),
                true);
    }

    private String issuingAuthorityOf(String userId, FacilityClearance now) {
        return users.find(userId).map(UserAccount::organisationId).orElse(now.issuingAuthorityId());
    }

    private Facility maintainedBy(String facilityId, String userId) {
        Facility facility = facilities.findById(facilityId == null ? "" : facilityId)
                .orElseThrow(() -> new ClearanceChangeRefusedException(
                        List.of(FieldProblem.of("facility", "clearance.facility.unknown"))));
        if (users.find(userId).filter(user -> maintains(user, facility)).isEmpty()) {
            throw new AccessDeniedException(userId + " may not change the clearance of " + facilityId);
        }
        return facility;
    }

    /** {@code noneAllowed}: the change may leave the facility without any clearance (a refused national clearance). */
    private FacilityClearance record(Facility facility, String userId, ClearanceChange change, boolean noneAllowed) {
        String facilityId = facility.getId();
        // a reasons file belongs to a suspension or revocation; a clearance granted again states none
        if (change.status() != null && !isWithdrawn(change.status())) {
            change = change.withoutReasonsReference();
        }
        List<FieldProblem> problems = problems(facility.getPartyCode(), change, noneAllowed);
        if (problems.isEmpty() && change.statesTheSameAs(FacilityClearance.of(facility))) {
            problems = List.of(FieldProblem.of("", "clearance.noChange"));
        }
        if (!problems.isEmpty()) {
            throw new ClearanceChangeRefusedException(problems);
        }
        FacilityClearance before = FacilityClearance.of(facility);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (history.countByFacilityId(facilityId) == 0) {
            // a facility registered before its history began: keep the state this change starts from
            history.save(new ClearanceHistoryEntry(facilityId, now, ClearanceHistoryEntry.SYSTEM,
                    before.asChange(ClearanceHistoryEntry.TAKEN_OVER), before.textLanguage()));
        }
        String party = facility.getPartyCode();
        // officers write in the language they work in; readers of another language are told which it was. The
        // restrictions keep the language they were written in for as long as nobody rewrites them.
        String language = people.languageOf(userId);
        String restrictionsLanguage = java.util.Objects.equals(before.restrictions(), change.restrictions())
                ? before.textLanguage() : language;
        facility.recordClearance(change.status(), level(party, change.levelId()),
                level(party, change.storageLevelId()),
                change.expiresOn(), change.restrictions(), change.issuingAuthorityId(), change.securityOfficer(),
                change.deputySecurityOfficer(), change.reasonsReference(), restrictionsLanguage);
        try {
            facilities.saveAndFlush(facility);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ClearanceChangedMeanwhileException(facilityId);
        }
        history.save(new ClearanceHistoryEntry(facilityId, now, userId, change, language));
        auditLog.record(userId, "FSC_CHANGED", facilityId, summary(before, change));
        FacilityClearance after = FacilityClearance.of(facility);
        String reason = change.reason();
        withdrawal(before, after).ifPresent(changedTo -> events.publishEvent(new FacilityClearanceWithdrawn(facilityId,
                party, changedTo, before.levelId(), after.levelId(), now, userId, reason)));
        return after;
    }

    /**
     * One page of the clearance's history, newest first (in the order the changes were recorded), each line with what
     * it changed against the line before (older) it. The history, with its reasons, is the business of the facility's
     * own party and of administrators; the other party learns the clearance itself, not how it came about.
     */
    @Transactional(readOnly = true)
    public List<ClearanceHistoryLine> history(String facilityId, String userId, int page, int size) {
        if (!mayReadInternals(userId, facilityId) || page < 0 || size < 1) {
            return List.of();
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE - size - 1L) {
            return List.of();
        }
        // one row more than the page: the entry just older than it, so that its last line can say what it changed
        List<ClearanceHistoryEntry> entries = entityManager.createQuery(
                        "select e from ClearanceHistoryEntry e where e.facilityId = :facility order by e.id desc",
                        ClearanceHistoryEntry.class)
                .setParameter("facility", facilityId).setFirstResult((int) offset).setMaxResults(size + 1)
                .getResultList();
        List<ClearanceHistoryLine> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(size, entries.size()); i++) {
            ClearanceHistoryEntry entry = entries.get(i);
            ClearanceChange before = i + 1 < entries.size() ? entries.get(i + 1).state() : null;
            List<ClearanceField> changed = before == null ? List.of() : Arrays.stream(ClearanceField.values())
                    .filter(field -> field.differs(before, entry.state())).toList();
            lines.add(new ClearanceHistoryLine(entry.getId(), entry.getChangedAt(), entry.getChangedBy(),
                    entry.state(), before, changed, entry.getTextLanguage()));
        }
        return lines;
    }

    private List<FieldProblem> problems(String partyCode, ClearanceChange change, boolean noneAllowed) {
        List<FieldProblem> problems = new ArrayList<>();
        FscStatus status = change.status();
        if (status == null && !noneAllowed) {
            problems.add(FieldProblem.of("status", "validation.required"));
        }
        List<ClassificationLevel> levels = referenceData.levelsOf(partyCode);
        Optional<ClassificationLevel> level = find(levels, change.levelId());
        Optional<ClassificationLevel> storage = find(levels, change.storageLevelId());
        if (change.levelId() != null && level.isEmpty()) {
            problems.add(FieldProblem.of("level", "clearance.level.notOfParty"));
        } else if (change.levelId() == null && status == FscStatus.VALID) {
            problems.add(FieldProblem.of("level", "validation.required"));
        }
        if (change.storageLevelId() != null && storage.isEmpty()) {
            problems.add(FieldProblem.of("storageLevel", "clearance.level.notOfParty"));
        } else if (storage.isPresent() && (level.isEmpty() || !level.get().isAtLeast(storage.get()))) {
            problems.add(FieldProblem.of("storageLevel", "clearance.storageLevel.aboveLevel"));
        }
        LocalDate today = LocalDate.now(clock);
        if (status == FscStatus.VALID && change.expiresOn() == null) {
            problems.add(FieldProblem.of("expiresOn", "validation.required"));
        } else if (status == FscStatus.VALID && change.expiresOn().isBefore(today)) {
            problems.add(FieldProblem.of("expiresOn", "clearance.expiresOn.past"));
        }
        if (change.issuingAuthorityId() == null) {
            problems.add(FieldProblem.of("issuingAuthority", "validation.required"));
        } else if (issuingAuthoritiesOf(partyCode).stream()
                .noneMatch(authority -> authority.id().equals(change.issuingAuthorityId()))) {
            problems.add(FieldProblem.of("issuingAuthority", "clearance.issuingAuthority.notOfParty"));
        }
        line(problems, "securityOfficer", change.securityOfficer(), MAX_NAME, status == FscStatus.VALID);
        line(problems, "deputySecurityOfficer", change.deputySecurityOfficer(), MAX_NAME, status == FscStatus.VALID);
        boolean withdrawn = isWithdrawn(status);
        if (withdrawn && change.reasonsReference() == null) {
            problems.add(FieldProblem.of("reasonsReference", "clearance.reasonsReference.required"));
        } else {
            line(problems, "reasonsReference", change.reasonsReference(), MAX_REASONS_REFERENCE, false);
        }
        text(problems, "restrictions", change.restrictions(), MAX_RESTRICTIONS, false);
        text(problems, "reason", change.reason(), MAX_REASON, true);
        return problems;
    }

    /**
     * What a change takes away from the facility, in the words of a change notice: its new status when it no longer
     * holds the clearance it held ({@code NONE} for none at all), {@code DOWNGRADED} when it stays valid at a lower
     * level; empty when it takes nothing away.
     */
    private Optional<String> withdrawal(FacilityClearance before, FacilityClearance after) {
        if (before.status() == FscStatus.VALID && after.status() != FscStatus.VALID) {
            return Optional.of(after.status() == null ? "NONE" : after.status().name());
        }
        if (before.status() == FscStatus.VALID && before.levelId() != null && after.levelId() != null
                && !level(before.partyCode(), after.levelId()).isAtLeast(level(before.partyCode(), before.levelId()))) {
            return Optional.of("DOWNGRADED");
        }
        return Optional.empty();
    }

    private static boolean isWithdrawn(FscStatus status) {
        return status == FscStatus.SUSPENDED || status == FscStatus.REVOKED;
    }

    private static void line(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
        } else if (ControlCharacters.inLine(value)) {
            problems.add(FieldProblem.of(field, ControlCharacters.MESSAGE_KEY));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
        } else if (ControlCharacters.inText(value)) {
            problems.add(FieldProblem.of(field, ControlCharacters.MESSAGE_KEY));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong"));
        }
    }

    private static Optional<ClassificationLevel> find(List<ClassificationLevel> levels, String levelId) {
        return levelId == null ? Optional.empty() : levels.stream().filter(l -> l.getId().equals(levelId)).findFirst();
    }

    private ClassificationLevel level(String partyCode, String levelId) {
        return find(referenceData.levelsOf(partyCode), levelId).orElse(null);
    }

    private static String summary(FacilityClearance before, ClearanceChange after) {
        String text = (before.status() == null ? "NONE" : before.status()) + " → "
                + (after.status() == null ? "NONE" : after.status())
                + (after.reasonsReference() == null ? "" : ", reasons file " + after.reasonsReference())
                + ": " + after.reason();
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }
}

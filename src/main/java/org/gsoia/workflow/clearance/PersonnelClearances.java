package org.gsoia.workflow.clearance;

import static org.gsoia.workflow.clearance.AssuranceRequests.MAX_LINE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.AssuranceRequests.Checks;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PSC register (R-FC-08) as each party's designated security authority keeps it: who is cleared under which
 * national scheme, at which level, from when until when, by whom. It holds personal data of cleared people, so only
 * the person's own party's authority officers (and administrators) read it; only that party's designated security
 * authority records and changes entries, each change with who and when in the audit trail.
 */
@Service
public class PersonnelClearances {

    public static final int MAX_PAGE = 200;
    /** Passport spelling: capital Latin letters, spaces, hyphens, apostrophes and the comma between the names. */
    private static final java.util.regex.Pattern PASSPORT = java.util.regex.Pattern.compile("[A-Z][A-Z ,'\\-]*");

    private final PersonnelClearanceRepository clearances;
    private final PscSchemeRepository schemes;
    private final FacilityClearances facilityClearances;
    private final FacilityRegister facilities;
    private final ReferenceData referenceData;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final AuditLog auditLog;
    private final jakarta.persistence.EntityManager entityManager;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PersonnelClearances(PersonnelClearanceRepository clearances, PscSchemeRepository schemes,
                        FacilityClearances facilityClearances, FacilityRegister facilities,
                        ReferenceData referenceData, OrganisationDirectory organisations, UserDirectory users,
                        AuditLog auditLog, jakarta.persistence.EntityManager entityManager, Clock clock,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.clearances = clearances;
        this.schemes = schemes;
        this.facilityClearances = facilityClearances;
        this.facilities = facilities;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.users = users;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The party whose register the user reads: an authority officer's own party; empty for everyone else. */
    @Transactional(readOnly = true)
    public Optional<String> partyOf(String userId) {
        return users.find(userId).filter(user -> user.hasRole(Role.AUTHORITY))
                .map(UserAccount::organisationId).flatMap(organisations::find).map(OrganisationSummary::partyCode);
    }

    /** Whether the user records entries of the party's register: an officer of its designated security authority. */
    @Transactional(readOnly = true)
    public boolean mayMaintain(String userId, String partyCode) {
        return users.find(userId).filter(user -> user.hasRole(Role.AUTHORITY)).map(UserAccount::organisationId)
                .filter(org -> facilityClearances.issuingAuthoritiesOf(partyCode).stream()
                        .anyMatch(dsa -> dsa.id().equals(org))).isPresent();
    }

    /**
     * One page of the user's party's register, by passport spelling, optionally only names containing {@code text}
     * (native or passport spelling, any case).
     */
    @Transactional(readOnly = true)
    public List<PersonnelClearance> page(String userId, String text, int offset, int limit) {
        Optional<String> party = partyOf(userId);
        if (party.isEmpty() || offset < 0 || limit < 1 || ControlCharacters.inLine(text)) {
            return List.of();
        }
        return query(party.get(), text, "select p from PersonnelClearance p", " order by p.namePassport, p.id",
                PersonnelClearance.class).setFirstResult(offset).setMaxResults(Math.min(limit, MAX_PAGE))
                .getResultList();
    }

    @Transactional(readOnly = true)
    public long count(String userId, String text) {
        Optional<String> party = partyOf(userId);
        if (party.isEmpty() || ControlCharacters.inLine(text)) {
            return 0;
        }
        return query(party.get(), text, "select count(p) from PersonnelClearance p", "", Long.class)
                .getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> query(String party, String text, String select, String order,
                                                        Class<T> type) {
        boolean search = text != null && !text.isBlank();
        jakarta.persistence.TypedQuery<T> query = entityManager.createQuery(select + " where p.partyCode = :party"
                + (search ? " and (lower(p.namePassport) like :text or lower(p.nameNative) like :text)" : "") + order,
                type).setParameter("party", party);
        if (search) {
            query.setParameter("text", likePattern(text));
        }
        return query;
    }

    /**
     * The entry if the user reads the person's party's register. Administrators do not: an entry is a person's
     * personal data, and they operate the system without need-to-know.
     */
    @Transactional(readOnly = true)
    public Optional<PersonnelClearance> find(Long id, String userId) {
        Optional<UserAccount> user = users.find(userId);
        if (id == null || user.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> party = partyOf(userId);
        return clearances.findById(id).filter(p -> party.filter(p.getPartyCode()::equals).isPresent());
    }

    public List<PscScheme> schemesOf(String partyCode) {
        return schemes.findByPartyCodeOrderByCode(partyCode);
    }

    public List<ClassificationLevel> levelsOf(String partyCode) {
        return referenceData.levelsOf(partyCode);
    }

    /**
     * Records a new entry of the officer's party's register. Throws {@link InvalidAssuranceRequestException} with
     * every problem by field, {@link AccessDeniedException} for anyone but an officer of the designated authority.
     */
    @Transactional
    public PersonnelClearance record(PersonnelClearanceData data, String userId) {
        String party = partyOf(userId).filter(p -> mayMaintain(userId, p))
                .orElseThrow(() -> new AccessDeniedException(userId + " keeps no PSC register"));
        PersonnelClearance clearance = new PersonnelClearance(party);
        save(clearance, data, userId);
        auditLog.record(userId, "PSC_RECORDED", "PSC-" + clearance.getId(), null);
        return clearance;
    }

    /** Changes an entry, based on the version the officer read ({@link PersonnelClearanceChangedMeanwhileException}). */
    @Transactional
    public PersonnelClearance change(Long id, int readVersion, PersonnelClearanceData data, String userId) {
        PersonnelClearance clearance = find(id, userId).filter(p -> mayMaintain(userId, p.getPartyCode()))
                .orElseThrow(() -> new AccessDeniedException(userId + " may not change PSC " + id));
        if (clearance.getVersion() != readVersion) {
            throw new PersonnelClearanceChangedMeanwhileException(id);
        }
        PscStatus before = clearance.getStatus();
        String levelBefore = clearance.getLevelId();
        save(clearance, data, userId);
        auditLog.record(userId, "PSC_CHANGED", "PSC-" + id, before + " → " + data.status());
        withdrawal(before, levelBefore, clearance).ifPresent(changedTo -> events.publishEvent(
                new PersonnelClearanceWithdrawn(id, clearance.getNamePassport(), clearance.getFacilityId(), changedTo,
                        clearance.getRecordedAt(), userId)));
        return clearance;
    }

    /** What a change took from a valid clearance: its new status, or DOWNGRADED; empty when it took nothing. */
    private Optional<String> withdrawal(PscStatus before, String levelBefore, PersonnelClearance after) {
        if (before != PscStatus.VALID) {
            return Optional.empty();
        }
        if (after.getStatus() != PscStatus.VALID) {
            return Optional.of(after.getStatus().name());
        }
        boolean lower = !referenceData.levelsOf(after.getPartyCode()).stream()
                .filter(l -> l.getId().equals(after.getLevelId())).findFirst()
                .map(l -> referenceData.levelsOf(after.getPartyCode()).stream()
                        .filter(b -> b.getId().equals(levelBefore)).findFirst().map(l::isAtLeast).orElse(true))
                .orElse(true);
        return lower ? Optional.of("DOWNGRADED") : Optional.empty();
    }

    /**
     * One page of the people of the user's organisation's facilities whose clearance the register shows valid and
     * unexpired, by passport spelling, optionally only names containing {@code text}: a company's security officer
     * (applicant or host facility) takes visitors from here instead of typing their clearances again. Nobody else
     * reads the register this way; suspended or revoked entries are not shown to the company.
     */
    @Transactional(readOnly = true)
    public List<PersonnelClearance> ofOwnOrganisation(String userId, String text, int offset, int limit) {
        Optional<String> organisation = users.find(userId)
                .filter(user -> user.hasRole(Role.APPLICANT) || user.hasRole(Role.HOST_FACILITY))
                .map(UserAccount::organisationId);
        if (organisation.isEmpty() || offset < 0 || limit < 1 || ControlCharacters.inLine(text)) {
            return List.of();
        }
        boolean search = text != null && !text.isBlank();
        jakarta.persistence.TypedQuery<PersonnelClearance> query = entityManager.createQuery(
                "select p from PersonnelClearance p where p.facilityId in"
                        + " (select f.id from Facility f where f.organisation.id = :org)"
                        + " and p.status = :valid and p.expiresOn >= :today"
                        + (search ? " and (lower(p.namePassport) like :text or lower(p.nameNative) like :text)" : "")
                        + " order by p.namePassport, p.id", PersonnelClearance.class)
                .setParameter("org", organisation.get()).setParameter("valid", PscStatus.VALID)
                .setParameter("today", LocalDate.now(clock));
        if (search) {
            query.setParameter("text", likePattern(text));
        }
        return query.setFirstResult(offset).setMaxResults(Math.min(limit, MAX_PAGE)).getResultList();
    }

    /**
     * The entry as the register holds it now, without a need-to-know check: for the gates of cases that name the
     * person (a visit's approval), which read status, level and expiry only.
     */
    @Transactional(readOnly = true)
    public Optional<PersonnelClearance> entry(Long id) {
        return id == null ? Optional.empty() : clearances.findById(id);
    }

    /** A case-insensitive "contains" pattern for {@code like}, its wildcards escaped. */
    private static String likePattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    /** The entry if it is of a person at one of the organisation's facilities. */
    @Transactional(readOnly = true)
    public Optional<PersonnelClearance> ofOrganisation(Long id, String organisationId) {
        return id == null || organisationId == null ? Optional.empty() : clearances.findById(id)
                .filter(p -> p.getFacilityId() != null && facilities.find(p.getFacilityId())
                        .filter(f -> f.organisationId().equals(organisationId)).isPresent());
    }

    private void save(PersonnelClearance clearance, PersonnelClearanceData data, String userId) {
        List<FieldProblem> problems = problems(clearance.getPartyCode(), data);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        String issuer = users.find(userId).map(UserAccount::organisationId).orElseThrow();
        clearance.record(data, issuer, userId, OffsetDateTime.now(clock));
        try {
            clearances.saveAndFlush(clearance);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new PersonnelClearanceChangedMeanwhileException(clearance.getId());
        }
    }

    /** Every problem of an entry, by field; empty when it may be recorded. */
    public List<FieldProblem> problems(String partyCode, PersonnelClearanceData data) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.line(problems, "nameNative", data.nameNative(), MAX_LINE, true);
        Checks.line(problems, "namePassport", data.namePassport(), MAX_LINE, true);
        if (data.namePassport() != null && problems.stream().noneMatch(p -> p.field().equals("namePassport"))
                && !PASSPORT.matcher(data.namePassport()).matches()) {
            problems.add(FieldProblem.of("namePassport", "psc.namePassport.format"));
        }
        LocalDate today = LocalDate.now(clock);
        if (data.dateOfBirth() == null) {
            problems.add(FieldProblem.of("dateOfBirth", "validation.required"));
        } else if (!data.dateOfBirth().isBefore(today.minusYears(16))) {
            problems.add(FieldProblem.of("dateOfBirth", "psc.dateOfBirth.implausible"));
        }
        if (data.facilityId() != null && facilities.find(data.facilityId())
                .filter(f -> f.partyCode().equals(partyCode)).isEmpty()) {
            problems.add(FieldProblem.of("facility", "psc.facility.notOfParty"));
        }
        Optional<PscScheme> scheme = schemes.findById(data.scheme() == null ? "" : data.scheme())
                .filter(s -> s.getPartyCode().equals(partyCode));
        if (data.scheme() == null) {
            problems.add(FieldProblem.of("scheme", "validation.required"));
        } else if (scheme.isEmpty()) {
            problems.add(FieldProblem.of("scheme", "psc.scheme.notOfParty"));
        }
        if (data.levelId() == null) {
            problems.add(FieldProblem.of("level", "validation.required"));
        } else if (referenceData.levelsOf(partyCode).stream().noneMatch(l -> l.getId().equals(data.levelId()))) {
            problems.add(FieldProblem.of("level", "clearance.level.notOfParty"));
        }
        if (data.issuedOn() == null) {
            problems.add(FieldProblem.of("issuedOn", "validation.required"));
        } else if (data.issuedOn().isAfter(today)) {
            problems.add(FieldProblem.of("issuedOn", "psc.issuedOn.future"));
        }
        if (data.expiresOn() == null) {
            problems.add(FieldProblem.of("expiresOn", "validation.required"));
        } else if (data.issuedOn() != null && !data.expiresOn().isAfter(data.issuedOn())) {
            problems.add(FieldProblem.of("expiresOn", "psc.expiresOn.beforeIssue"));
        } else if (data.issuedOn() != null && scheme.flatMap(PscScheme::getValidityYears)
                .filter(years -> data.expiresOn().isAfter(data.issuedOn().plusYears(years))).isPresent()) {
            problems.add(FieldProblem.of("expiresOn", "psc.expiresOn.beyondValidity",
                    scheme.get().getValidityYears().orElseThrow()));
        }
        if (data.status() == null) {
            problems.add(FieldProblem.of("status", "validation.required"));
        } else if (data.status().isWithdrawal()) {
            Checks.line(problems, "reasonsReference", data.reasonsReference(),
                    FacilityClearances.MAX_REASONS_REFERENCE, true);
        }
        return problems;
    }
}

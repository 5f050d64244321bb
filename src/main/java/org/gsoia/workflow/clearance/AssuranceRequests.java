package org.gsoia.workflow.clearance;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.gsoia.workflow.clearance.process.AssuranceProcessVariables;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FSC assurance requests as the requesting authority files, reads and withdraws them (R-FC-01). Only officers of a
 * party's designated security authority (Germany: BMWE; Japan: ATLA) ask and answer; a case is read by the two
 * authorities it is between (and administrators, read-only, through the case file). A request of other authorities
 * looks exactly like one that does not exist. Filing is one transaction: row and process start succeed together.
 */
@Service
public class AssuranceRequests {

    public static final int MAX_PAGE = 200;
    static final int MAX_LINE = 200;
    static final int MAX_CONTRACT_REFERENCE = 100;
    static final int MAX_TEXT = 2000;

    private final AssuranceRequestRepository requests;
    private final AssuranceUpdateRepository updates;
    private final ClearanceReferences references;
    private final AssuranceRules rules;
    private final AssuranceProcessVariables variables;
    private final FacilityClearances clearances;
    private final FacilityRegister facilities;
    private final ReferenceData referenceData;
    private final EquivalenceService equivalences;
    private final OrganisationDirectory organisations;
    private final Agreements agreements;
    private final UserDirectory users;
    private final People people;
    private final RuntimeService runtimeService;
    private final org.gsoia.workflow.procedure.ActingUser actingUser;
    private final IdentityService identityService;
    private final AuditLog auditLog;
    private final jakarta.persistence.EntityManager entityManager;
    private final java.time.Clock clock;

    AssuranceRequests(AssuranceRequestRepository requests, AssuranceUpdateRepository updates,
                      ClearanceReferences references, AssuranceRules rules, AssuranceProcessVariables variables,
                      FacilityClearances clearances, FacilityRegister facilities, ReferenceData referenceData,
                      EquivalenceService equivalences, OrganisationDirectory organisations, Agreements agreements,
                      UserDirectory users, People people, RuntimeService runtimeService,
                      IdentityService identityService, AuditLog auditLog,
                      jakarta.persistence.EntityManager entityManager, java.time.Clock clock,
                      org.gsoia.workflow.procedure.ActingUser actingUser) {
        this.actingUser = actingUser;
        this.requests = requests;
        this.updates = updates;
        this.references = references;
        this.rules = rules;
        this.variables = variables;
        this.clearances = clearances;
        this.facilities = facilities;
        this.referenceData = referenceData;
        this.equivalences = equivalences;
        this.organisations = organisations;
        this.agreements = agreements;
        this.users = users;
        this.people = people;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Which requests a list shows: those the user's authority filed, those it must answer, or both. */
    public enum Direction { OUTGOING, INCOMING, ALL }

    /**
     * The designated security authority the user is an industrial-security officer of, if any: only they file,
     * read and answer assurance requests (R-AU-03), the same people the procedure's tasks are routed to. (Japan's
     * ATLA is also its visit authority; its visit officers have no part in assurance requests.)
     */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> securityAuthorityOf(String userId) {
        return users.find(userId).filter(user -> user.hasRole(Role.AUTHORITY) && user.organisationId() != null)
                .filter(user -> identityService.createGroupQuery().groupMember(user.userId())
                        .groupId(CaseGroups.securityAuthority(user.organisationId())).count() > 0)
                .flatMap(user -> organisations.find(user.organisationId()))
                .filter(authority -> clearances.issuingAuthoritiesOf(authority.partyCode()).stream()
                        .anyMatch(dsa -> dsa.id().equals(authority.id())));
    }

    /** The other party's facilities, which the user's authority may ask about. */
    @Transactional(readOnly = true)
    public List<FacilityEntry> facilitiesToAskAbout(String userId) {
        return securityAuthorityOf(userId).map(authority -> facilities.ofParty(
                agreements.otherParty(authority.partyCode()))).orElse(List.of());
    }

    /** The levels of the user's own party, in which the request states what it needs, highest first. */
    @Transactional(readOnly = true)
    public List<ClassificationLevel> levelsFor(String userId) {
        return securityAuthorityOf(userId).map(authority -> referenceData.levelsOf(authority.partyCode()))
                .orElse(List.of());
    }

    /** Every problem of the request's data, by field; empty when it may be filed. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(AssuranceRequestData data, String userId) {
        OrganisationSummary authority = requesting(userId);
        String party = authority.partyCode();
        List<FieldProblem> problems = new ArrayList<>();
        if (data.facilityId() == null) {
            problems.add(FieldProblem.of("facilityId", "validation.required"));
        } else if (ControlCharacters.inLine(data.facilityId())) {
            // checked before the look-up: PostgreSQL refuses a NUL in a query, which would fail the whole request
            problems.add(FieldProblem.of("facilityId", ControlCharacters.MESSAGE_KEY));
        } else if (facilities.find(data.facilityId()).filter(f -> f.partyCode().equals(agreements.otherParty(party)))
                .isEmpty()) {
            problems.add(FieldProblem.of("facilityId", "assurance.facility.notOfOtherParty"));
        }
        Checks.line(problems, "contractingEntity", data.contractingEntity(), MAX_LINE, true);
        if (data.reason() == null) {
            problems.add(FieldProblem.of("reason", "validation.required"));
        }
        List<ClassificationLevel> levels = referenceData.levelsOf(party);
        Optional<ClassificationLevel> required = find(levels, data.requiredLevelId());
        if (data.requiredLevelId() == null) {
            problems.add(FieldProblem.of("requiredLevelId", "validation.required"));
        } else if (required.isEmpty()) {
            problems.add(FieldProblem.of("requiredLevelId", "clearance.level.notOfParty"));
        }
        if (data.storageLevelId() != null) {
            Optional<ClassificationLevel> storage = find(levels, data.storageLevelId());
            if (storage.isEmpty()) {
                problems.add(FieldProblem.of("storageLevelId", "clearance.level.notOfParty"));
            } else if (required.isPresent() && !required.get().isAtLeast(storage.get())) {
                problems.add(FieldProblem.of("storageLevelId", "assurance.storageLevel.aboveRequired"));
            }
        }
        boolean contract = data.reason() == AssuranceReason.CONTRACT || data.reason() == AssuranceReason.SUBCONTRACT;
        Checks.line(problems, "contractReference", data.contractReference(), MAX_CONTRACT_REFERENCE, contract);
        return problems;
    }

    /**
     * Files the request and starts the procedure: the reply is due a configured number of the receiving party's
     * working days later. Throws {@link InvalidAssuranceRequestException}; then nothing is saved.
     */
    @Transactional
    public AssuranceRequest file(AssuranceRequestData data, String userId) {
        OrganisationSummary authority = requesting(userId);
        List<FieldProblem> problems = problems(data, userId);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        String receivingParty = agreements.otherParty(authority.partyCode());
        OrganisationSummary receiving = clearances.issuingAuthoritiesOf(receivingParty).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No designated security authority of " + receivingParty));
        OffsetDateTime now = OffsetDateTime.now(clock);
        String agreementId = agreements.currentId();
        AssuranceRequest request = requests.save(new AssuranceRequest(
                references.next(Year.from(now.atZoneSameInstant(ZoneOffset.UTC))), agreementId,
                authority.partyCode(), receivingParty, authority.id(), receiving.id(), userId, data,
                people.languageOf(userId), now, rules.replyDueOn(agreementId, receivingParty, now)));
        actingUser.run(userId, () -> runtimeService.startProcessInstanceByKey(AssuranceProcess.PROCESS_KEY,
                request.getReference(), variables.atStart(request).asMap()));
        auditLog.record(userId, "FSC_ASSURANCE_FILED", request.getReference(), data.facilityId());
        return request;
    }

    /** The request if the user's authority is one of the two it is between. */
    @Transactional(readOnly = true)
    public Optional<AssuranceRequest> find(String reference, String userId) {
        Optional<String> authority = securityAuthorityOf(userId).map(OrganisationSummary::id);
        if (authority.isEmpty() || reference == null) {
            return Optional.empty();
        }
        return requests.findByReference(reference).filter(r -> r.getRequestingAuthorityId().equals(authority.get())
                || r.getReceivingAuthorityId().equals(authority.get()));
    }

    /** The request whoever asks: for shared read models and administrators' case files (they decide themselves). */
    @Transactional(readOnly = true)
    public Optional<AssuranceRequest> byReference(String reference) {
        return reference == null ? Optional.empty() : requests.findByReference(reference);
    }

    /** Whether the user's authority filed the request (and so may withdraw it). */
    public boolean isRequester(AssuranceRequest request, String userId) {
        return securityAuthorityOf(userId).map(a -> a.id().equals(request.getRequestingAuthorityId())).orElse(false);
    }

    /**
     * One page of the requests between the user's authority and the other party's, newest first; empty for anyone
     * but an officer of a designated security authority.
     *
     * @param limit at most {@value #MAX_PAGE}
     */
    @Transactional(readOnly = true)
    public List<AssuranceRequest> page(String userId, Direction direction, int offset, int limit) {
        Optional<OrganisationSummary> authority = securityAuthorityOf(userId);
        if (authority.isEmpty() || offset < 0 || limit < 1) {
            return List.of();
        }
        int size = Math.min(limit, MAX_PAGE);
        if (direction != Direction.ALL) {
            return entityManager.createQuery("select r from AssuranceRequest r where " + where(direction)
                            + " order by r.filedAt desc, r.id desc", AssuranceRequest.class)
                    .setParameter("authority", authority.get().id())
                    .setFirstResult(offset).setMaxResults(size).getResultList();
        }
        // both directions: each walks its own (authority, filed_at, id) index as far as the page reaches, and the two
        // are merged; an "or" of the two could use neither index for the order and would sort every request
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("select id from ("
                        + "(select id, filed_at from fsc_assurance_request where requesting_authority_id = :authority"
                        + " order by filed_at desc, id desc limit :reach) union all"
                        + " (select id, filed_at from fsc_assurance_request where receiving_authority_id = :authority"
                        + " order by filed_at desc, id desc limit :reach)) both_directions"
                        + " order by filed_at desc, id desc offset :offset rows fetch next :size rows only")
                .setParameter("authority", authority.get().id()).setParameter("reach", (long) offset + size)
                .setParameter("offset", offset).setParameter("size", size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, AssuranceRequest> byId = new java.util.HashMap<>();
        entityManager.createQuery("select r from AssuranceRequest r where r.id in :ids", AssuranceRequest.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList()
                .forEach(request -> byId.put(request.getId(), request));
        return ids.stream().map(id -> byId.get(id.longValue())).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public long count(String userId, Direction direction) {
        Optional<OrganisationSummary> authority = securityAuthorityOf(userId);
        if (authority.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("select count(r) from AssuranceRequest r where " + where(direction), Long.class)
                .setParameter("authority", authority.get().id()).getSingleResult();
    }

    private static String where(Direction direction) {
        return switch (direction) {
            case OUTGOING -> "r.requestingAuthorityId = :authority";
            case INCOMING -> "r.receivingAuthorityId = :authority";
            case ALL -> "(r.requestingAuthorityId = :authority or r.receivingAuthorityId = :authority)";
        };
    }

    /** The status updates sent while the national clearance ran, newest first. */
    @Transactional(readOnly = true)
    public List<AssuranceUpdate> updatesOf(AssuranceRequest request) {
        return updates.findByRequestIdOrderByIdDesc(request.getId());
    }

    /**
     * Whether the reply's clearance covers what the request needs: valid, at least the equivalent of the required
     * level, storage at least the equivalent of the storage level asked for, and not expired; empty before a reply.
     */
    @Transactional(readOnly = true)
    public Optional<Boolean> replyCovers(AssuranceRequest request) {
        if (request.getReplyStatus().isEmpty()) {
            return Optional.empty();
        }
        if (request.getReplyStatus().get() != ReplyStatus.VALID || request.getReplyLevelId() == null
                || (request.getReplyExpiresOn() != null
                && request.getReplyExpiresOn().isBefore(java.time.LocalDate.now(clock)))) {
            return Optional.of(false);
        }
        boolean level = covers(request, request.getReplyLevelId(), request.getRequiredLevelId());
        boolean storage = request.getStorageLevelId().map(needed -> request.getReplyStorageLevelId() != null
                && covers(request, request.getReplyStorageLevelId(), needed)).orElse(true);
        return Optional.of(level && storage);
    }

    private boolean covers(AssuranceRequest request, String heldLevelId, String neededLevelId) {
        return equivalences.equivalentOf(request.getAgreementId(), neededLevelId, request.getReceivingParty())
                .preferred().map(needed -> equivalences.level(heldLevelId).isAtLeast(needed)).orElse(false);
    }

    /**
     * Withdraws the request in whatever state it waits (the contract fell through, the company withdrew).
     *
     * @param expectedVersion the version the caller read; null: any
     */
    @Transactional
    public void withdraw(String reference, String reason, String userId, Integer expectedVersion) {
        OrganisationSummary authority = requesting(userId);
        AssuranceRequest request = requests.lockByReference(reference)
                .filter(r -> r.getRequestingAuthorityId().equals(authority.id()))
                .orElseThrow(() -> new AssuranceRequestNotFoundException(reference));
        if (request.getStatus().isFinal()) {
            throw new AssuranceRequestClosedException(reference);
        }
        if (expectedVersion != null && expectedVersion != request.getVersion()) {
            throw new AssuranceRequestChangedException(reference);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "reason", reason, MAX_TEXT, true);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        request.withdraw(reason.strip(), people.languageOf(userId), userId, OffsetDateTime.now(clock));
        try {
            actingUser.run(userId, () -> runtimeService.createMessageCorrelation(AssuranceProcess.MESSAGE_WITHDRAWN)
                    .processInstanceBusinessKey(reference).correlate());
        } catch (MismatchingMessageCorrelationException ended) {
            throw new AssuranceRequestClosedException(reference);
        }
        auditLog.record(userId, "FSC_ASSURANCE_WITHDRAWN", reference, null);
    }

    private OrganisationSummary requesting(String userId) {
        return securityAuthorityOf(userId).orElseThrow(() -> new org.springframework.security.access
                .AccessDeniedException(userId + " is no officer of a designated security authority"));
    }

    private static Optional<ClassificationLevel> find(List<ClassificationLevel> levels, String levelId) {
        return levelId == null ? Optional.empty() : levels.stream().filter(l -> l.getId().equals(levelId)).findFirst();
    }


    /** Field checks shared by the request and its tasks: required, no control characters, not too long. */
    static final class Checks {

        private Checks() {
        }

        static void line(List<FieldProblem> problems, String field, String value, int max, boolean required) {
            org.gsoia.workflow.procedure.TextChecks.line(problems, field, value, max, required);
        }

        static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
            org.gsoia.workflow.procedure.TextChecks.text(problems, field, value, max, required);
        }
    }
}

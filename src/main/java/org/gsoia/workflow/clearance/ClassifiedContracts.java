package org.gsoia.workflow.clearance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.AssuranceRequests.Checks;
import org.gsoia.workflow.clearance.process.ContractProcess;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classified contracts (R-FC-05) and the release gate (R-FC-04). The contracting party's designated security
 * authority records a contract, its items and their releases, and closes it out; the contractor's party's authority
 * names the contractor's cleared staff from its PSC register and records subcontract consents; the contractor's own
 * people read it and submit its periodic reports. An item is released only when the contractor's FSC and every named
 * person's PSC are valid, unexpired and at least at the item's level (as the agreement makes it at their party).
 */
@Service
public class ClassifiedContracts {

    static final int MAX_PAGE = 200;

    private final ContractRepository contracts;
    private final AssuranceRequests assurances;
    private final AssuranceRules rules;
    private final FacilityRegister facilities;
    private final ReferenceData referenceData;
    private final EquivalenceService equivalences;
    private final PersonnelClearanceRepository personnel;
    private final Agreements agreements;
    private final UserDirectory users;
    private final People people;
    private final WorkingDayCalendars calendars;
    private final RuntimeService runtimeService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;
    private final ClearanceReferences references;
    private final EntityManager entityManager;
    private final Clock clock;

    ClassifiedContracts(ContractRepository contracts, AssuranceRequests assurances, AssuranceRules rules,
                        FacilityRegister facilities, ReferenceData referenceData, EquivalenceService equivalences,
                        PersonnelClearanceRepository personnel, Agreements agreements, UserDirectory users,
                        People people, WorkingDayCalendars calendars, RuntimeService runtimeService,
                        ActingUser actingUser, AuditLog auditLog, ClearanceReferences references,
                        EntityManager entityManager, Clock clock) {
        this.contracts = contracts;
        this.assurances = assurances;
        this.rules = rules;
        this.facilities = facilities;
        this.referenceData = referenceData;
        this.equivalences = equivalences;
        this.personnel = personnel;
        this.agreements = agreements;
        this.users = users;
        this.people = people;
        this.calendars = calendars;
        this.runtimeService = runtimeService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
        this.references = references;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The party whose contracts the user records: an officer of its designated security authority. */
    @Transactional(readOnly = true)
    public Optional<String> recordingPartyOf(String userId) {
        return assurances.securityAuthorityOf(userId).map(OrganisationSummary::partyCode);
    }

    /** The levels a contract of the user's party is classified in, highest first. */
    @Transactional(readOnly = true)
    public List<ClassificationLevel> levelsFor(String userId) {
        return recordingPartyOf(userId).map(referenceData::levelsOf).orElse(List.of());
    }

    /** Every problem of a contract's data, by field; empty when it may be recorded. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(ClassifiedContractData data, String userId) {
        String party = recordingParty(userId);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.line(problems, "contractingEntity", data.contractingEntity(), 200, true);
        Checks.line(problems, "contractNumber", data.contractNumber(), 100, true);
        Checks.line(problems, "subject", data.subject(), 300, true);
        Checks.text(problems, "securityClause", data.securityClause(), 4000, true);
        Checks.line(problems, "guideReference", data.guideReference(), 200, true);
        if (data.contractorFacilityId() == null || data.contractorFacilityId().isBlank()) {
            problems.add(FieldProblem.of("contractorFacility", "validation.required"));
        } else if (facilities.find(data.contractorFacilityId()).isEmpty()) {
            problems.add(FieldProblem.of("contractorFacility", "validation.contract.facilityUnknown"));
        }
        if (data.highestLevelId() == null) {
            problems.add(FieldProblem.of("highestLevel", "validation.required"));
        } else if (referenceData.levelsOf(party).stream().noneMatch(l -> l.getId().equals(data.highestLevelId()))) {
            problems.add(FieldProblem.of("highestLevel", "validation.contract.levelOfOwnParty"));
        }
        return problems;
    }

    /** Records a contract and starts its case; nothing is saved when any field is refused. */
    @Transactional
    public ClassifiedContract record(ClassifiedContractData data, String userId) {
        OrganisationSummary authority = authority(userId);
        List<FieldProblem> problems = problems(data, userId);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        FacilityEntry contractor = facilities.find(data.contractorFacilityId()).orElseThrow();
        String agreementId = agreements.currentId();
        Optional<Period> interval = rules.contractReportInterval(agreementId, contractor.partyCode());
        OffsetDateTime now = OffsetDateTime.now(clock);
        ClassifiedContract contract = contracts.save(new ClassifiedContract(
                references.nextContract(Year.from(now.atZoneSameInstant(ZoneOffset.UTC))), agreementId,
                authority.partyCode(), authority.id(), contractor.partyCode(), data, interval,
                people.languageOf(userId), userId, now));
        ProcessValues values = ProcessValues.of(ContractProcess.REPORTS_DUE, interval.isPresent())
                .and(ContractProcess.CONTRACTOR_GROUP, CaseGroups.organisation(contractor.organisationId()));
        if (interval.isPresent()) {
            values = values.and(ContractProcess.REPORT_DUE_AT, reportDueAt(contract, 1));
        }
        ProcessValues start = values;
        actingUser.run(userId, () -> runtimeService.startProcessInstanceByKey(ContractProcess.PROCESS_KEY,
                contract.getReference(), start.asMap()));
        auditLog.record(userId, "CONTRACT_RECORDED", contract.getReference(), data.contractorFacilityId());
        return contract;
    }

    /**
     * The contract if the user may read it: the designated security authorities of both parties to it, and the
     * contractor's own organisation.
     */
    @Transactional(readOnly = true)
    public Optional<ClassifiedContract> find(String reference, String userId) {
        if (reference == null) {
            return Optional.empty();
        }
        return contracts.findByReference(reference).filter(c -> reads(c, userId)).map(ClassifiedContracts::loaded);
    }

    /** Screens read a contract outside any transaction: its items, staff, consents and reports come along. */
    private static ClassifiedContract loaded(ClassifiedContract contract) {
        contract.getItems().size();
        contract.getStaff().size();
        contract.getConsents().size();
        contract.getReports().size();
        return contract;
    }

    /** The contract without a need-to-know check, for the inbox's facts (the inbox checks its own candidates). */
    @Transactional(readOnly = true)
    public Optional<ClassifiedContract> byReference(String reference) {
        // the inbox asks on every task event and reads plain fields only: no items, staff, consents or reports
        return reference == null ? Optional.empty() : contracts.findByReference(reference);
    }

    private boolean reads(ClassifiedContract contract, String userId) {
        Optional<String> party = recordingPartyOf(userId);
        if (party.isPresent()) {
            return party.get().equals(contract.getContractingParty())
                    || party.get().equals(contract.getContractorParty());
        }
        return users.find(userId).map(UserAccount::organisationId)
                .filter(org -> facilities.find(contract.getContractorFacilityId())
                        .filter(f -> f.organisationId().equals(org)).isPresent()).isPresent();
    }

    /** Whether the user records items, releases and the close-out: the contracting party's authority. */
    @Transactional(readOnly = true)
    public boolean mayManage(ClassifiedContract contract, String userId) {
        return recordingPartyOf(userId).filter(contract.getContractingParty()::equals).isPresent();
    }

    /** Whether the user names staff and records subcontract consents: the contractor's party's authority. */
    @Transactional(readOnly = true)
    public boolean maySuperviseContractor(ClassifiedContract contract, String userId) {
        return recordingPartyOf(userId).filter(contract.getContractorParty()::equals).isPresent();
    }

    /**
     * One page of the contracts the user reads, newest first: an authority's contracts of its party on either side,
     * the contracts of a contractor's organisation.
     */
    @Transactional(readOnly = true)
    public List<ClassifiedContract> page(String userId, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            return List.of();
        }
        return listQuery(userId, "select c", " order by c.recordedAt desc, c.id desc", ClassifiedContract.class)
                .map(q -> q.setFirstResult(offset).setMaxResults(Math.min(limit, MAX_PAGE)).getResultList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long count(String userId) {
        return listQuery(userId, "select count(c)", "", Long.class).map(q -> q.getSingleResult()).orElse(0L);
    }

    private <T> Optional<jakarta.persistence.TypedQuery<T>> listQuery(String userId, String select, String order,
                                                                      Class<T> type) {
        Optional<String> party = recordingPartyOf(userId);
        if (party.isPresent()) {
            return Optional.of(entityManager.createQuery(select + " from ClassifiedContract c"
                    + " where c.contractingParty = :party or c.contractorParty = :party" + order, type)
                    .setParameter("party", party.get()));
        }
        Optional<String> organisation = users.find(userId).map(UserAccount::organisationId);
        return organisation.map(org -> entityManager.createQuery(select + " from ClassifiedContract c"
                + " where c.contractorFacilityId in (select f.id from Facility f where f.organisation.id = :org)"
                + order, type).setParameter("org", org));
    }

    /** Adds an item to release (its title and level: metadata only); at most the contract's highest level. */
    @Transactional
    public ContractItem addItem(String reference, int expectedVersion, String title, String levelId, String userId) {
        ClassifiedContract contract = lockForManager(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.line(problems, "itemTitle", title, 300, true);
        if (levelId == null) {
            problems.add(FieldProblem.of("itemLevel", "validation.required"));
        } else if (referenceData.levelsOf(contract.getContractingParty()).stream()
                .noneMatch(l -> l.getId().equals(levelId))) {
            problems.add(FieldProblem.of("itemLevel", "validation.contract.levelOfOwnParty"));
        } else if (!equivalences.level(contract.getHighestLevelId()).isAtLeast(equivalences.level(levelId))) {
            problems.add(FieldProblem.of("itemLevel", "validation.contract.itemAboveContract"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        ContractItem item = contract.addItem(title.strip(), levelId, userId, OffsetDateTime.now(clock));
        auditLog.record(userId, "CONTRACT_ITEM_ADDED", reference, title.strip());
        return item;
    }

    /**
     * What keeps the item from being released to the contractor today; empty when the gate is open (R-FC-04). The
     * contractor's FSC and each named person's PSC must be valid, not expired, and at least at the item's level as
     * the agreement makes it at their party.
     */
    @Transactional(readOnly = true)
    public List<ReleaseGap> releaseGaps(ClassifiedContract contract, ContractItem item) {
        return gaps(contract, item, facilities.find(contract.getContractorFacilityId()).orElseThrow(),
                staffOf(contract));
    }

    /** The gate for every item of the contract, by item id: the register is read once, not once per item. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<ReleaseGap>> releaseGaps(ClassifiedContract contract) {
        FacilityEntry facility = facilities.find(contract.getContractorFacilityId()).orElseThrow();
        List<PersonnelClearance> staff = staffOf(contract);
        java.util.Map<Long, List<ReleaseGap>> gaps = new java.util.HashMap<>();
        contract.getItems().forEach(item -> gaps.put(item.getId(), gaps(contract, item, facility, staff)));
        return gaps;
    }

    private List<ReleaseGap> gaps(ClassifiedContract contract, ContractItem item, FacilityEntry facility,
                                  List<PersonnelClearance> staff) {
        List<ReleaseGap> gaps = new ArrayList<>();
        if (!contract.isOpen()) {
            return List.of(ReleaseGap.of(ReleaseGap.Kind.CONTRACT_CLOSED));
        }
        if (item.isReleased()) {
            return List.of(ReleaseGap.of(ReleaseGap.Kind.ALREADY_RELEASED));
        }
        LocalDate today = today(contract.getContractorParty());
        Optional<ClassificationLevel> needed = neededAt(contract, item, contract.getContractorParty());
        if (needed.isEmpty()) {
            gaps.add(ReleaseGap.of(ReleaseGap.Kind.NO_EQUIVALENT));
        }
        String neededId = needed.map(ClassificationLevel::getId).orElse(null);
        if (facility.fscStatus() != FscStatus.VALID) {
            gaps.add(new ReleaseGap(ReleaseGap.Kind.FSC_NOT_VALID, null, facility.fscLevelId(), neededId,
                    facility.fscStatus() == null ? null : facility.fscStatus().name(), facility.fscExpiresOn()));
        } else if (facility.fscExpiresOn() != null && facility.fscExpiresOn().isBefore(today)) {
            gaps.add(new ReleaseGap(ReleaseGap.Kind.FSC_EXPIRED, null, facility.fscLevelId(), neededId, null,
                    facility.fscExpiresOn()));
        } else if (needed.isPresent() && (facility.fscLevelId() == null
                || !equivalences.level(facility.fscLevelId()).isAtLeast(needed.get()))) {
            gaps.add(new ReleaseGap(ReleaseGap.Kind.FSC_LEVEL_TOO_LOW, null, facility.fscLevelId(), neededId, null,
                    facility.fscExpiresOn()));
        }
        if (staff.isEmpty()) {
            gaps.add(ReleaseGap.of(ReleaseGap.Kind.NO_STAFF));
        }
        for (PersonnelClearance person : staff) {
            Optional<ClassificationLevel> personNeeds = neededAt(contract, item, person.getPartyCode());
            String personNeedsId = personNeeds.map(ClassificationLevel::getId).orElse(null);
            if (!contract.getContractorFacilityId().equals(person.getFacilityId())) {
                gaps.add(new ReleaseGap(ReleaseGap.Kind.PSC_NOT_AT_CONTRACTOR, person.getNamePassport(), null, null,
                        null, null));
            } else if (person.getStatus() != PscStatus.VALID) {
                gaps.add(new ReleaseGap(ReleaseGap.Kind.PSC_NOT_VALID, person.getNamePassport(), person.getLevelId(),
                        personNeedsId, person.getStatus().name(), person.getExpiresOn()));
            } else if (person.getExpiresOn().isBefore(today(person.getPartyCode()))) {
                gaps.add(new ReleaseGap(ReleaseGap.Kind.PSC_EXPIRED, person.getNamePassport(), person.getLevelId(),
                        personNeedsId, null, person.getExpiresOn()));
            } else if (personNeeds.isEmpty()
                    || !equivalences.level(person.getLevelId()).isAtLeast(personNeeds.get())) {
                gaps.add(new ReleaseGap(ReleaseGap.Kind.PSC_LEVEL_TOO_LOW, person.getNamePassport(),
                        person.getLevelId(), personNeedsId, null, person.getExpiresOn()));
            }
        }
        return gaps;
    }

    private Optional<ClassificationLevel> neededAt(ClassifiedContract contract, ContractItem item, String party) {
        return equivalences.equivalentOf(contract.getAgreementId(), item.getLevelId(), party).preferred();
    }

    /** Releases the item to the contractor, or refuses and names everything the gate found missing. */
    @Transactional(noRollbackFor = ReleaseRefusedException.class)
    public void release(String reference, Long itemId, int expectedVersion, String userId) {
        ClassifiedContract contract = lock(reference, expectedVersion, userId);
        if (!mayManage(contract, userId)) {
            throw new AccessDeniedException(userId + " does not manage " + reference);
        }
        ContractItem item = contract.item(itemId).orElseThrow(() -> new ContractNotFoundException(reference));
        List<ReleaseGap> gaps = releaseGaps(contract, item);
        if (!gaps.isEmpty()) {
            // the refusal is on record too: an authority may have to show it never released before the FSC stood
            auditLog.record(userId, "CONTRACT_RELEASE_REFUSED", reference, item.getTitle() + ": "
                    + gaps.stream().map(g -> g.kind().name() + (g.person() == null ? "" : " " + g.person()))
                    .toList());
            throw new ReleaseRefusedException(gaps);
        }
        changing(contract);
        item.release(userId, OffsetDateTime.now(clock));
        auditLog.record(userId, "CONTRACT_ITEM_RELEASED", reference, item.getTitle());
    }

    /** The named staff with their clearances, by passport spelling. */
    @Transactional(readOnly = true)
    public List<PersonnelClearance> staffOf(ClassifiedContract contract) {
        return personnel.findAllById(contract.getStaff()).stream()
                .sorted(java.util.Comparator.comparing(PersonnelClearance::getNamePassport)
                        .thenComparing(PersonnelClearance::getId)).toList();
    }

    /** People of the contractor's facility in its party's PSC register who are not named yet. */
    @Transactional(readOnly = true)
    public List<PersonnelClearance> staffCandidates(ClassifiedContract contract) {
        return entityManager.createQuery("select p from PersonnelClearance p where p.facilityId = :facility"
                        + " order by p.namePassport, p.id", PersonnelClearance.class)
                .setParameter("facility", contract.getContractorFacilityId()).setMaxResults(MAX_PAGE)
                .getResultList().stream().filter(p -> !contract.getStaff().contains(p.getId())).toList();
    }

    /** Names a person of the contractor's facility as staff who will handle the contract's items. */
    @Transactional
    public void nameStaff(String reference, int expectedVersion, Long personnelClearanceId, String userId) {
        ClassifiedContract contract = lockForSupervisor(reference, expectedVersion, userId);
        PersonnelClearance person = personnelClearanceId == null ? null
                : personnel.findById(personnelClearanceId).orElse(null);
        if (person == null || !contract.getContractorFacilityId().equals(person.getFacilityId())) {
            throw new InvalidAssuranceRequestException(List.of(FieldProblem.of("staff",
                    person == null ? "validation.required" : "validation.contract.staffOfContractor")));
        }
        if (contract.nameStaff(person.getId())) {
            auditLog.record(userId, "CONTRACT_STAFF_NAMED", reference, "PSC-" + person.getId());
        }
    }

    @Transactional
    public void removeStaff(String reference, int expectedVersion, Long personnelClearanceId, String userId) {
        ClassifiedContract contract = lockForSupervisor(reference, expectedVersion, userId);
        if (contract.removeStaff(personnelClearanceId)) {
            auditLog.record(userId, "CONTRACT_STAFF_REMOVED", reference, "PSC-" + personnelClearanceId);
        }
    }

    /** Records the contractor's authority's prior written consent to a subcontract. */
    @Transactional
    public SubcontractConsent recordConsent(String reference, int expectedVersion, String subcontractorFacilityId,
                                            String consentReference, LocalDate consentedOn, String userId) {
        ClassifiedContract contract = lockForSupervisor(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        if (subcontractorFacilityId == null || subcontractorFacilityId.isBlank()) {
            problems.add(FieldProblem.of("subcontractor", "validation.required"));
        } else if (facilities.find(subcontractorFacilityId).isEmpty()) {
            problems.add(FieldProblem.of("subcontractor", "validation.contract.facilityUnknown"));
        } else if (subcontractorFacilityId.equals(contract.getContractorFacilityId())) {
            problems.add(FieldProblem.of("subcontractor", "validation.contract.subcontractorIsContractor"));
        }
        Checks.line(problems, "consentReference", consentReference, 100, true);
        if (consentedOn == null) {
            problems.add(FieldProblem.of("consentedOn", "validation.required"));
        } else if (consentedOn.isAfter(today(contract.getContractorParty()))) {
            problems.add(FieldProblem.of("consentedOn", "validation.contract.consentInFuture"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        SubcontractConsent consent = contract.recordConsent(subcontractorFacilityId, consentReference.strip(),
                consentedOn, userId, OffsetDateTime.now(clock));
        auditLog.record(userId, "CONTRACT_SUBCONTRACT_CONSENT", reference, subcontractorFacilityId + " "
                + consentReference.strip());
        return consent;
    }

    /** Closes the contract out: how its information was returned or destroyed; its report schedule ends. */
    @Transactional
    public void close(String reference, int expectedVersion, String note, String userId) {
        ClassifiedContract contract = lockForManager(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "closeNote", note, AssuranceRequests.MAX_TEXT, true);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        contract.close(note.strip(), userId, OffsetDateTime.now(clock));
        try {
            actingUser.run(userId, () -> runtimeService.createMessageCorrelation(ContractProcess.MESSAGE_CLOSED)
                    .processInstanceBusinessKey(reference).correlate());
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException
                 | org.camunda.bpm.engine.OptimisticLockingException raced) {
            // the report timer moved the case at the same moment: the user reads it again and repeats
            throw new ContractChangedException(reference);
        }
        auditLog.record(userId, "CONTRACT_CLOSED", reference, null);
    }

    /** Today where the party is: a clearance is valid through its last day in its own time zone. */
    private LocalDate today(String partyCode) {
        return LocalDate.now(clock.withZone(calendars.forParty(partyCode).zone()));
    }

    /** The {@code n}-th periodic report's due date: n intervals after the contract was recorded. */
    LocalDate reportDueOn(ClassifiedContract contract, int n) {
        LocalDate recorded = contract.getRecordedAt()
                .atZoneSameInstant(calendars.forParty(contract.getContractorParty()).zone()).toLocalDate();
        return recorded.plus(contract.getReportInterval().orElseThrow().multipliedBy(n));
    }

    /** The moment the {@code n}-th report falls due: the start of its due day in the contractor's time zone. */
    Date reportDueAt(ClassifiedContract contract, int n) {
        return Date.from(reportDueOn(contract, n).atStartOfDay(calendars.forParty(contract.getContractorParty())
                .zone()).toInstant());
    }

    private ClassifiedContract lockForManager(String reference, int expectedVersion, String userId) {
        ClassifiedContract contract = lock(reference, expectedVersion, userId);
        if (!mayManage(contract, userId)) {
            throw new AccessDeniedException(userId + " does not manage " + reference);
        }
        changing(contract);
        return contract;
    }

    private ClassifiedContract lockForSupervisor(String reference, int expectedVersion, String userId) {
        ClassifiedContract contract = lock(reference, expectedVersion, userId);
        if (!maySuperviseContractor(contract, userId)) {
            throw new AccessDeniedException(userId + " does not supervise the contractor of " + reference);
        }
        changing(contract);
        return contract;
    }

    private ClassifiedContract lock(String reference, int expectedVersion, String userId) {
        ClassifiedContract contract = (reference == null ? Optional.<ClassifiedContract>empty()
                : contracts.lockByReference(reference)).filter(c -> reads(c, userId))
                .orElseThrow(() -> new ContractNotFoundException(reference));
        if (contract.getVersion() != expectedVersion) {
            throw new ContractChangedException(reference);
        }
        if (!contract.isOpen()) {
            throw new ContractClosedException(reference);
        }
        return contract;
    }

    /** Items, staff and consents are the contract's too: any change of them raises its version. */
    private void changing(ClassifiedContract contract) {
        entityManager.lock(contract, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private OrganisationSummary authority(String userId) {
        return assurances.securityAuthorityOf(userId).orElseThrow(() -> new AccessDeniedException(
                userId + " is no officer of a designated security authority"));
    }

    private String recordingParty(String userId) {
        return authority(userId).partyCode();
    }


    /** The release gate refused: everything it found missing. */
    public static class ReleaseRefusedException extends RuntimeException {

        private final transient List<ReleaseGap> gaps;

        public ReleaseRefusedException(List<ReleaseGap> gaps) {
            super("Release refused: " + gaps);
            this.gaps = List.copyOf(gaps);
        }

        public List<ReleaseGap> gaps() {
            return gaps;
        }
    }

    /** No such contract, or not one the user may read. */
    public static class ContractNotFoundException extends RuntimeException {
        public ContractNotFoundException(String reference) {
            super("No contract " + reference);
        }
    }

    /** Someone changed the contract since the user read it: the change is refused instead of overwriting theirs. */
    public static class ContractChangedException extends RuntimeException {
        public ContractChangedException(String reference) {
            super("Contract " + reference + " changed meanwhile");
        }
    }

    /** The contract is closed out: nothing more is released or recorded on it. */
    public static class ContractClosedException extends RuntimeException {
        public ContractClosedException(String reference) {
            super("Contract " + reference + " is closed");
        }
    }
}

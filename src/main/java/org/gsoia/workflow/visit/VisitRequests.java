package org.gsoia.workflow.visit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.TextChecks;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.gsoia.workflow.visit.process.VisitProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of the visit-request procedure: submit, read, amend and cancel. Every method checks
 * need-to-know itself (an applicant sees only the own organisation's requests), records who acted in the engine
 * and writes the audit trail. A submission is one transaction: domain rows and process start succeed together or
 * not at all.
 */
@Service
public class VisitRequests {

    /** What the audit trail keeps of a cancellation's reason. */
    static final int MAX_CANCELLATION_REASON = 2000;

    private final VisitRequestRepository requests;
    private final VisitRequestLines lines;
    private final VisitRequestValidator validator;
    private final VisitReferences references;
    private final VisitProcessVariables variables;
    private final LeadTimes leadTimes;
    private final People people;
    private final Agreements agreements;
    private final UserDirectory users;
    private final OrganisationDirectory organisations;
    private final FacilityRegister facilities;
    private final RuntimeService runtimeService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VisitChecks checks;
    private final RegisteredVisitors registeredVisitors;
    private final jakarta.persistence.EntityManager entityManager;

    VisitRequests(VisitRequestRepository requests, VisitRequestLines lines, VisitRequestValidator validator, VisitReferences references,
                  VisitProcessVariables variables, LeadTimes leadTimes, People people, Agreements agreements, UserDirectory users,
                  OrganisationDirectory organisations, FacilityRegister facilities, RuntimeService runtimeService,
                  ActingUser actingUser, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
                  VisitChecks checks, RegisteredVisitors registeredVisitors,
                  jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.registeredVisitors = registeredVisitors;
        this.checks = checks;
        this.requests = requests;
        this.lines = lines;
        this.events = events;
        this.validator = validator;
        this.references = references;
        this.variables = variables;
        this.leadTimes = leadTimes;
        this.people = people;
        this.agreements = agreements;
        this.users = users;
        this.organisations = organisations;
        this.facilities = facilities;
        this.runtimeService = runtimeService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The problems the request would have if the user submitted it now (for live form feedback). */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(VisitRequestData data, String userId) {
        return check(data, applicant(userId)).problems();
    }

    /** The request with its registered visitors filled in, and its problems; submit uses both. */
    private record Checked(VisitRequestData data, List<FieldProblem> problems) {
    }

    private Checked check(VisitRequestData data, Applicant applicant) {
        RegisteredVisitors.Resolved resolved = registeredVisitors.resolve(data, applicant.organisationId());
        data = resolved.data();
        List<FieldProblem> problems = new ArrayList<>(validator.problems(data, agreements.currentId(),
                applicant.organisationId(), applicant.sendingParty(), applicant.hostParty()));
        problems.addAll(resolved.problems());
        // the facilities' clearances at intake (R-VI-09): only for a new request whose facilities, level and dates
        // are otherwise right; a filed request meets a later change of them at the decision
        if (problems.stream().noneMatch(p -> List.of("requestingFacilityId", "hostFacilityId", "levelId", "startDate",
                "endDate").contains(p.field())) && data.levelId() != null && data.endDate() != null) {
            checks.facilityGaps(agreements.currentId(), applicant.hostParty(), data.requestingFacilityId(),
                    data.hostFacilityId(), data.levelId(), data.endDate()).forEach(gap -> problems.add(
                    FieldProblem.of(gap.host() ? "hostFacilityId" : "requestingFacilityId",
                            "validation.fsc." + gap.kind().name())));
        }
        return new Checked(data, problems);
    }

    /** Validates, saves and starts the procedure. Throws {@link InvalidVisitRequestException}; then nothing is saved. */
    @Transactional
    public VisitRequest submit(VisitRequestData data, String userId) {
        Applicant applicant = applicant(userId);
        Checked checked = check(data, applicant);
        if (!checked.problems().isEmpty()) {
            throw new InvalidVisitRequestException(checked.problems());
        }
        data = checked.data();
        OffsetDateTime now = OffsetDateTime.now(clock);
        VisitRequest request = requests.save(new VisitRequest(references.next(Year.from(now.atZoneSameInstant(ZoneOffset.UTC))),
                agreements.currentId(), applicant.sendingParty(), applicant.hostParty(), userId,
                applicant.organisationId(), data, now));
        request.writtenIn(data.textLanguage() != null ? data.textLanguage() : people.languageOf(userId));
        leadTimes.schedule(request);
        actingUser.run(userId, () -> runtimeService.startProcessInstanceByKey(VisitProcess.PROCESS_KEY,
                request.getReference(), variables.atStart(request).asMap()));
        auditLog.record(userId, "VISIT_SUBMITTED", request.getReference(), request.getType().name());
        return request;
    }

    /** The request if the user may see it: applicants their organisation's, authorities and host facilities theirs. */
    @Transactional(readOnly = true)
    public Optional<VisitRequest> find(String reference, String userId) {
        UserAccount user = users.find(userId).orElse(null);
        if (user == null) {
            return Optional.empty();
        }
        return requests.findByReference(reference).filter(request -> mayRead(request, user));
    }

    /**
     * The request whoever asks: for the shared read models that serve every user (the inbox's and the dashboard's
     * facts) and for administrators' read-only case files. Their callers decide need-to-know themselves.
     */
    @Transactional(readOnly = true)
    public Optional<VisitRequest> byReference(String reference) {
        return requests.findByReference(reference);
    }

    /** The request's facts for shared read models, without loading the request (see {@link VisitRequestFacts}). */
    @Transactional(readOnly = true)
    public Optional<VisitRequestFacts> factsOf(String reference) {
        return requests.factsByReference(reference);
    }

    /**
     * One page of the requests of the user's organisation, newest first, optionally of one status only; empty for a
     * user without an organisation.
     *
     * @param limit at most {@value VisitRequestLines#MAX_PAGE}
     */
    @Transactional(readOnly = true)
    public List<VisitRequestLine> ofOwnOrganisation(String userId, VisitStatus status, int offset, int limit) {
        return users.find(userId).map(UserAccount::organisationId)
                .map(organisation -> lines.page(organisation, status, offset, limit)).orElse(List.of());
    }

    /**
     * Amends dates, visitors or sites; only the new visitors go back to certification. Inside the lead time the
     * amendment is still possible (the lead time counts from filing, unless the visit moves forward); visitors it
     * adds are marked as added late for the host authority.
     *
     * @param expectedVersion the version the caller read ({@link VisitRequest#getVersion()}); null: any
     * @throws VisitRequestChangedException when someone changed the request since the caller read it
     */
    @Transactional
    public VisitRequest amend(String reference, VisitRequestData data, String userId, Integer expectedVersion) {
        VisitRequest request = ownChangeable(reference, userId);
        requireVersion(request, expectedVersion);
        List<FieldProblem> problems = problemsOfChange(request, data, userId);
        if (!problems.isEmpty()) {
            throw new InvalidVisitRequestException(problems);
        }
        request.apply(asSaved(request, data), leadTimes.insideLeadTime(request, data));
        request.writtenIn(data.textLanguage() != null ? data.textLanguage() : people.languageOf(userId));
        leadTimes.schedule(request);
        correlate(reference, userId, () -> runtimeService.createMessageCorrelation(VisitProcess.MESSAGE_AMENDED)
                .processInstanceBusinessKey(reference).setVariables(variables.atStart(request).asMap()).correlate());
        events.publishEvent(new CaseChanged(reference)); // tasks that survive the amendment show the new dates and level
        auditLog.record(userId, "VISIT_AMENDED", reference, null);
        return request;
    }

    /**
     * The problems a change of a filed request (amendment, correction, answer) would have: the rules of a
     * submission, with the lead time counted from the filing day unless the visit moves forward.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOfChange(VisitRequest request, VisitRequestData data, String userId) {
        Applicant applicant = applicant(userId);
        if (!applicant.organisationId().equals(request.getApplicantOrganisationId())) {
            throw new VisitRequestNotFoundException(request.getReference());
        }
        RegisteredVisitors.Resolved resolved = registeredVisitors.resolve(data, applicant.organisationId());
        List<FieldProblem> problems = new ArrayList<>(validator.problems(resolved.data(), request.getAgreementId(),
                applicant.organisationId(), request.getSendingParty(), request.getHostParty(),
                leadTimes.leadTimeCountsFrom(request, data.startDate())));
        problems.addAll(resolved.problems());
        return problems;
    }

    /** The change's data as it is saved: visitors taken from the PSC register carry the register's clearance. */
    @Transactional(readOnly = true)
    public VisitRequestData asSaved(VisitRequest request, VisitRequestData data) {
        return registeredVisitors.resolve(data, request.getApplicantOrganisationId()).data();
    }

    /**
     * Cancels the request in whatever state it waits. Throws {@link InvalidVisitRequestException} naming
     * {@code reason} when it has control characters or is longer than the audit trail keeps (2000 characters):
     * refused whole rather than cut off in the trail.
     *
     * @param expectedVersion the version the caller read; null: any
     */
    @Transactional
    public void cancel(String reference, String reason, String userId, Integer expectedVersion) {
        requireVersion(ownChangeable(reference, userId), expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "reason", reason, MAX_CANCELLATION_REASON, false);
        if (!problems.isEmpty()) {
            throw new InvalidVisitRequestException(problems);
        }
        correlate(reference, userId, () -> runtimeService.createMessageCorrelation(VisitProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(reference).correlate());
        auditLog.record(userId, "VISIT_CANCELLED", reference, null);
    }

    /** Amendment and cancellation are possible while the case is open and the visit has not ended. */
    public boolean isChangeable(VisitRequest request) {
        return !request.getStatus().isFinal()
                && !request.getEndDate().isBefore(OffsetDateTime.now(clock).toLocalDate());
    }

    /** The applicant's own request, locked for the change (see {@link VisitRequestRepository#lockByReference}). */
    private VisitRequest ownChangeable(String reference, String userId) {
        String organisationId = applicant(userId).organisationId();
        VisitRequest request = requests.lockByReference(reference)
                .filter(r -> r.getApplicantOrganisationId().equals(organisationId))
                .orElseThrow(() -> new VisitRequestNotFoundException(reference));
        if (!isChangeable(request)) {
            throw new VisitRequestClosedException(reference);
        }
        return request;
    }

    private static void requireVersion(VisitRequest request, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != request.getVersion()) {
            throw new VisitRequestChangedException(request.getReference());
        }
    }

    private boolean mayRead(VisitRequest request, UserAccount user) {
        if (user.hasRole(Role.APPLICANT) && request.getApplicantOrganisationId().equals(user.organisationId())) {
            return true;
        }
        Optional<OrganisationSummary> organisation = Optional.ofNullable(user.organisationId()).flatMap(organisations::find);
        if (user.hasRole(Role.AUTHORITY)) {
            return organisation.map(o -> o.partyCode().equals(request.getSendingParty())
                    || o.partyCode().equals(request.getHostParty())).orElse(false);
        }
        if (user.hasRole(Role.HOST_FACILITY)) {
            return facilities.find(request.getHostFacilityId())
                    .map(f -> f.organisationId().equals(user.organisationId())).orElse(false);
        }
        return false;
    }

    /**
     * Flags every open request hosted by the facility with a breach case that affects it (R-BR-07), so that the host
     * authority sees it on the request; returns how many were flagged.
     */
    @Transactional
    public int flagBreach(String hostFacilityId, String breachReference) {
        return entityManager.createQuery("update VisitRequest r set r.breachReference = :breach,"
                        + " r.breachFlaggedAt = :now where r.hostFacilityId = :facility and r.status not in :ended")
                .setParameter("breach", breachReference).setParameter("now", java.time.OffsetDateTime.now(clock))
                .setParameter("facility", hostFacilityId).setParameter("ended", VisitStatus.ENDED).executeUpdate();
    }

    public Applicant applicant(String userId) {
        UserAccount user = users.find(userId).filter(u -> u.hasRole(Role.APPLICANT) && u.organisationId() != null)
                .orElseThrow(() -> new IllegalArgumentException("Not an applicant: " + userId));
        String sendingParty = organisations.find(user.organisationId()).orElseThrow().partyCode();
        return new Applicant(userId, user.organisationId(), sendingParty, agreements.otherParty(sendingParty));
    }

    /**
     * Hands the applicant's message to the case's process. When the process ended between reading the request and
     * this moment (a cancellation or the final decision came first), the change is refused as closed, and the
     * transaction takes the request's changes back with it.
     */
    private void correlate(String reference, String userId, Runnable correlation) {
        try {
            actingUser.run(userId, correlation);
        } catch (MismatchingMessageCorrelationException ended) {
            throw new VisitRequestClosedException(reference);
        }
    }

}

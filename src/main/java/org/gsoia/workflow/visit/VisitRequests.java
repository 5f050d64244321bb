package org.gsoia.workflow.visit;

import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.gsoia.workflow.visit.process.VisitProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
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

    private final VisitRequestRepository requests;
    private final VisitRequestValidator validator;
    private final VisitReferences references;
    private final VisitProcessVariables variables;
    private final LeadTimes leadTimes;
    private final Agreements agreements;
    private final UserDirectory users;
    private final OrganisationDirectory organisations;
    private final FacilityRegister facilities;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitRequests(VisitRequestRepository requests, VisitRequestValidator validator, VisitReferences references,
                  VisitProcessVariables variables, LeadTimes leadTimes, Agreements agreements, UserDirectory users,
                  OrganisationDirectory organisations, FacilityRegister facilities, RuntimeService runtimeService,
                  IdentityService identityService, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.validator = validator;
        this.references = references;
        this.variables = variables;
        this.leadTimes = leadTimes;
        this.agreements = agreements;
        this.users = users;
        this.organisations = organisations;
        this.facilities = facilities;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The problems the request would have if the user submitted it now (for live form feedback). */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(VisitRequestData data, String userId) {
        Applicant applicant = applicant(userId);
        return validator.problems(data, agreements.currentId(), applicant.organisationId(), applicant.sendingParty(),
                applicant.hostParty());
    }

    /** Validates, saves and starts the procedure. Throws {@link InvalidVisitRequestException}; then nothing is saved. */
    @Transactional
    public VisitRequest submit(VisitRequestData data, String userId) {
        Applicant applicant = applicant(userId);
        List<FieldProblem> problems = check(data, userId);
        if (!problems.isEmpty()) {
            throw new InvalidVisitRequestException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        VisitRequest request = requests.save(new VisitRequest(references.next(Year.from(now.atZoneSameInstant(ZoneOffset.UTC))),
                agreements.currentId(), applicant.sendingParty(), applicant.hostParty(), userId,
                applicant.organisationId(), data, now));
        leadTimes.schedule(request);
        asUser(userId, () -> runtimeService.startProcessInstanceByKey(VisitProcess.PROCESS_KEY,
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

    /** The requests of the user's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<VisitRequest> ofOwnOrganisation(String userId) {
        return users.find(userId).filter(u -> u.organisationId() != null)
                .map(u -> requests.findByApplicantOrganisationIdOrderByIdDesc(u.organisationId()))
                .orElse(List.of());
    }

    /** Amends dates, visitors or sites; only the new visitors go back to certification. */
    @Transactional
    public VisitRequest amend(String reference, VisitRequestData data, String userId) {
        VisitRequest request = ownChangeable(reference, userId);
        Applicant applicant = applicant(userId);
        List<FieldProblem> problems = validator.problems(data, request.getAgreementId(), applicant.organisationId(),
                request.getSendingParty(), request.getHostParty());
        if (!problems.isEmpty()) {
            throw new InvalidVisitRequestException(problems);
        }
        request.apply(data);
        leadTimes.schedule(request);
        asUser(userId, () -> runtimeService.createMessageCorrelation(VisitProcess.MESSAGE_AMENDED)
                .processInstanceBusinessKey(reference).setVariables(variables.atStart(request).asMap()).correlate());
        events.publishEvent(new CaseChanged(reference)); // tasks that survive the amendment show the new dates and level
        auditLog.record(userId, "VISIT_AMENDED", reference, null);
        return request;
    }

    /** Throws {@link InvalidVisitRequestException} naming {@code reason} when it has control characters. */
    @Transactional
    public void cancel(String reference, String reason, String userId) {
        ownChangeable(reference, userId);
        if (ControlCharacters.inText(reason)) {
            throw new InvalidVisitRequestException(List.of(FieldProblem.of("reason", ControlCharacters.MESSAGE_KEY)));
        }
        asUser(userId, () -> runtimeService.createMessageCorrelation(VisitProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(reference).correlate());
        auditLog.record(userId, "VISIT_CANCELLED", reference, reason);
    }

    /** Amendment and cancellation are possible while the case is open and the visit has not ended. */
    public boolean isChangeable(VisitRequest request) {
        return !request.getStatus().isFinal()
                && !request.getEndDate().isBefore(OffsetDateTime.now(clock).toLocalDate());
    }

    private VisitRequest ownChangeable(String reference, String userId) {
        VisitRequest request = find(reference, userId)
                .filter(r -> r.getApplicantOrganisationId().equals(applicant(userId).organisationId()))
                .orElseThrow(() -> new VisitRequestNotFoundException(reference));
        if (!isChangeable(request)) {
            throw new VisitRequestClosedException(reference);
        }
        return request;
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

    public Applicant applicant(String userId) {
        UserAccount user = users.find(userId).filter(u -> u.hasRole(Role.APPLICANT) && u.organisationId() != null)
                .orElseThrow(() -> new IllegalArgumentException("Not an applicant: " + userId));
        String sendingParty = organisations.find(user.organisationId()).orElseThrow().partyCode();
        return new Applicant(userId, user.organisationId(), sendingParty, agreements.otherParty(sendingParty));
    }

    private void asUser(String userId, Runnable engineCall) {
        identityService.setAuthenticatedUserId(userId);
        try {
            engineCall.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}

package org.gsoia.workflow.breach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendar;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.breach.process.TransmissionProcess;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.ReferenceSequence;
import org.gsoia.workflow.procedure.TextChecks;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transmission register (R-BR-08): an organisation records each dispatch of the other party's classified items;
 * the receipt is due a number of the sender's working days later (per route scope and sending party, data); recording
 * the receipt ends the wait, a receipt not recorded by the end of the due day opens a possible-loss breach case.
 */
@Service
public class Transmissions {

    private final TransmissionRepository transmissions;
    private final BreachCases cases;
    private final Agreements agreements;
    private final ReferenceData referenceData;
    private final WorkingDayCalendars calendars;
    private final UserDirectory users;
    private final RuntimeService runtimeService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ReferenceSequence references;

    Transmissions(TransmissionRepository transmissions, BreachCases cases, Agreements agreements,
                  ReferenceData referenceData, WorkingDayCalendars calendars, UserDirectory users,
                  RuntimeService runtimeService, ActingUser actingUser, AuditLog auditLog, JdbcTemplate jdbc,
                  EntityManager entityManager, Clock clock, DataSource dataSource) {
        this.transmissions = transmissions;
        this.cases = cases;
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.calendars = calendars;
        this.users = users;
        this.runtimeService = runtimeService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
        this.references = ReferenceSequence.of(dataSource, "breach_transmission_reference_seq");
    }

    /** Whether the user keeps a register: anyone who may report breaches. */
    @Transactional(readOnly = true)
    public boolean mayDispatch(String userId) {
        return cases.mayReport(userId);
    }

    /** How many of the sender's working days a receipt may take on this route scope. */
    @Transactional(readOnly = true)
    public int receiptWorkingDays(String sendingParty, boolean domestic) {
        Integer days = jdbc.queryForObject("select receipt_working_days from transmission_rule where agreement_id = ?"
                        + " and sending_party_code = ? and scope = ?", Integer.class, agreements.currentId(),
                sendingParty, domestic ? "DOMESTIC" : "INTERNATIONAL");
        return days == null ? 0 : days;
    }

    /** Records a dispatch and starts waiting for its receipt. */
    @Transactional
    public Transmission dispatch(TransmissionData data, String userId) {
        UserAccount user = users.find(userId).filter(u -> mayDispatch(userId))
                .orElseThrow(() -> new AccessDeniedException(userId + " keeps no transmission register"));
        String party = cases.partyOf(userId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (data.route() == null) {
            problems.add(FieldProblem.of("route", "validation.choose"));
        }
        if (data.recipientParty() == null || !agreements.parties().contains(data.recipientParty())) {
            problems.add(FieldProblem.of("recipientParty", "validation.choose"));
        }
        TextChecks.line(problems, "recipient", data.recipient(), BreachCases.MAX_LINE, true);
        TextChecks.line(problems, "originator", data.originator(), BreachCases.MAX_LINE, true);
        TextChecks.line(problems, "registryNumber", data.registryNumber(), 100, true);
        TextChecks.line(problems, "copyNumber", data.copyNumber(), 20, false);
        if (data.medium() == null) {
            problems.add(FieldProblem.of("medium", "validation.choose"));
        }
        if (data.levelId() == null) {
            problems.add(FieldProblem.of("levelId", "validation.choose"));
        } else if (referenceData.levelsOf(agreements.otherParty(party)).stream()
                .noneMatch(l -> l.getId().equals(data.levelId()))) {
            problems.add(FieldProblem.of("levelId", "validation.breach.notOriginatorLevel"));
        }
        WorkingDayCalendar calendar = calendars.forParty(party);
        LocalDate today = calendar.today(clock);
        if (data.dispatchedOn() == null) {
            problems.add(FieldProblem.of("dispatchedOn", "validation.required"));
        } else if (data.dispatchedOn().isAfter(today)) {
            problems.add(FieldProblem.of("dispatchedOn", "validation.breach.inFuture"));
        }
        BreachCases.throwIf(problems);
        LocalDate due = calendar.addWorkingDays(data.dispatchedOn(),
                receiptWorkingDays(party, party.equals(data.recipientParty())));
        Transmission transmission = transmissions.save(new Transmission(references.next("TR-",
                Year.from(OffsetDateTime.now(clock).atZoneSameInstant(ZoneOffset.UTC))), agreements.currentId(),
                user.organisationId(), party, data, due, userId, OffsetDateTime.now(clock)));
        // the whole due day is the recipient's: overdue from midnight after it, where the sender is
        Instant dueAt = due.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        actingUser.run(userId, () -> runtimeService.startProcessInstanceByKey(TransmissionProcess.PROCESS_KEY,
                transmission.getReference(), org.gsoia.workflow.procedure.ProcessValues.of(
                        TransmissionProcess.RECEIPT_DUE_AT, Date.from(dueAt)).asMap()));
        auditLog.record(userId, "TRANSMISSION_DISPATCHED", transmission.getReference(), data.route() + " "
                + data.registryNumber().strip());
        return transmission;
    }

    /** Records the receipt; a receipt after the possible-loss case opened is recorded too, the case stays. */
    @Transactional
    public void recordReceipt(String reference, int expectedVersion, LocalDate receivedOn, String userId) {
        Transmission transmission = lockOwn(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = calendars.forParty(transmission.getSendingParty()).today(clock);
        if (receivedOn == null) {
            problems.add(FieldProblem.of("receivedOn", "validation.required"));
        } else if (receivedOn.isAfter(today)) {
            problems.add(FieldProblem.of("receivedOn", "validation.breach.inFuture"));
        } else if (receivedOn.isBefore(transmission.getDispatchedOn())) {
            problems.add(FieldProblem.of("receivedOn", "validation.breach.receivedBeforeDispatch"));
        }
        if (transmission.getReceivedOn() != null) {
            problems.add(FieldProblem.of("receivedOn", "validation.breach.alreadyReceived"));
        }
        BreachCases.throwIf(problems);
        transmission.received(receivedOn, userId);
        if (transmission.getBreachReference() == null) {
            try {
                actingUser.run(userId, () -> runtimeService.createMessageCorrelation(
                        TransmissionProcess.MESSAGE_RECEIVED).processInstanceBusinessKey(reference).correlate());
            } catch (MismatchingMessageCorrelationException raced) {
                // the deadline passed at this very moment: the possible-loss case is being opened
                throw new BreachChangedException(reference);
            }
        }
        auditLog.record(userId, "TRANSMISSION_RECEIVED", reference, String.valueOf(receivedOn));
    }

    /** The receipt is overdue (for the process's step): opens the possible-loss case. */
    @Transactional
    public void receiptOverdue(String reference) {
        Transmission transmission = transmissions.findByReference(reference).orElseThrow();
        entityManager.lock(transmission, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (!transmission.isOpen()) {
            return;
        }
        Instant deadline = transmission.getReceiptDueOn().plusDays(1)
                .atStartOfDay(calendars.forParty(transmission.getSendingParty()).zone()).toInstant();
        transmission.possibleLoss(cases.openPossibleLoss(transmission, deadline).getReference());
    }

    /** One page of the register of the user's organisation, latest dispatch first. */
    @Transactional(readOnly = true)
    public List<Transmission> page(String userId, int offset, int limit) {
        Optional<String> organisation = users.find(userId).map(UserAccount::organisationId);
        if (organisation.isEmpty() || limit <= 0) {
            return List.of();
        }
        return entityManager.createQuery("select t from Transmission t where t.senderOrganisationId = :org"
                        + " order by t.dispatchedAt desc, t.id desc", Transmission.class)
                .setParameter("org", organisation.get()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Transactional(readOnly = true)
    public Optional<Transmission> find(String reference, String userId) {
        Optional<String> organisation = users.find(userId).map(UserAccount::organisationId);
        return transmissions.findByReference(reference)
                .filter(t -> organisation.filter(t.getSenderOrganisationId()::equals).isPresent());
    }

    private Transmission lockOwn(String reference, int expectedVersion, String userId) {
        Transmission transmission = find(reference, userId).orElseThrow(() -> new BreachNotFoundException(reference));
        entityManager.lock(transmission, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(transmission);
        if (transmission.getVersion() != expectedVersion) {
            throw new BreachChangedException(reference);
        }
        // the timer's step locks the same row: a receipt and a deadline at the same moment are serialised
        entityManager.lock(transmission, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return transmission;
    }
}

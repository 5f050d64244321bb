package org.gsoia.workflow.breach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.AuthorityRole;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationKind;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.procedure.ReferenceSequence;
import org.gsoia.workflow.procedure.TextChecks;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breach cases for those who report and read them (R-BR-01…07): anyone of an organisation of a party reports; the
 * organisation concerned and the receiving party's national authority read everything; the originating party's
 * authority reads the case once it is notified, without the persons involved. The national authority classifies,
 * names the persons involved, and tracks the corrective actions.
 */
@Service
public class BreachCases {

    static final int MAX_TEXT = 2000;
    static final int MAX_LONG_TEXT = 4000;
    static final int MAX_LINE = 200;
    /** Clocks of reporters' computers run a little ahead; a discovery later than this is refused as in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** How a user stands to a case. */
    public enum Side {
        /** The receiving party's national authority: works on the case. */
        AUTHORITY,
        /** The organisation concerned or the reporter: reads everything, opens the case. */
        RECEIVING,
        /** The originating party's authority, once notified: reads the dataset and the reports, not the persons. */
        ORIGINATOR
    }

    private final BreachCaseRepository cases;
    private final BreachRules rules;
    private final Agreements agreements;
    private final ReferenceData referenceData;
    private final FacilityRegister facilities;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final People people;
    private final WorkingDayCalendars calendars;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReferenceSequence references;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;
    private final org.gsoia.workflow.notification.Notifications notifications;
    private final org.gsoia.workflow.visit.VisitRequests visits;

    BreachCases(org.gsoia.workflow.notification.Notifications notifications,
                org.gsoia.workflow.visit.VisitRequests visits, BreachCaseRepository cases, BreachRules rules, Agreements agreements, ReferenceData referenceData,
                FacilityRegister facilities, OrganisationDirectory organisations, UserDirectory users, People people,
                WorkingDayCalendars calendars, RuntimeService runtimeService, TaskService taskService,
                ActingUser actingUser, AuditLog auditLog, EntityManager entityManager,
                ApplicationEventPublisher events, Clock clock, DataSource dataSource,
                org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.rules = rules;
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.facilities = facilities;
        this.organisations = organisations;
        this.users = users;
        this.people = people;
        this.calendars = calendars;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.references = ReferenceSequence.of(dataSource, "breach_reference_seq");
        this.notifications = notifications;
        this.visits = visits;
    }

    /**
     * A local date and time in a zone, strictly: empty for a time that does not exist there (the hour skipped when
     * clocks go forward). An hour that happens twice (clocks going back) is read as its first occurrence, the
     * offset shown with it wherever it is displayed.
     */
    public static Optional<ZonedDateTime> inZone(LocalDateTime local, ZoneId zone) {
        if (local == null || zone == null) {
            return Optional.empty();
        }
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
        return zoned.toLocalDateTime().equals(local) ? Optional.of(zoned) : Optional.empty();
    }

    /** Whether the user may report: anyone who acts for an organisation of a party. */
    @Transactional(readOnly = true)
    public boolean mayReport(String userId) {
        return users.find(userId).filter(u -> u.organisationId() != null)
                .filter(u -> u.hasRole(Role.APPLICANT) || u.hasRole(Role.HOST_FACILITY) || u.hasRole(Role.AUTHORITY))
                .isPresent();
    }

    /** The party the user reports for: that of their organisation. */
    @Transactional(readOnly = true)
    public Optional<String> partyOf(String userId) {
        return users.find(userId).map(UserAccount::organisationId).flatMap(organisations::find)
                .map(o -> o.partyCode());
    }

    /** Facilities where a breach reported by the user can have happened: those of the user's party. */
    @Transactional(readOnly = true)
    public List<FacilityEntry> facilitiesFor(String userId) {
        return partyOf(userId).map(facilities::ofParty).orElse(List.of());
    }

    /** The levels an item can carry: the originating party's (the other party's), most sensitive first. */
    @Transactional(readOnly = true)
    public List<ClassificationLevel> originatorLevelsFor(String userId) {
        return partyOf(userId).map(agreements::otherParty).map(referenceData::levelsOf).orElse(List.of());
    }

    /**
     * Files the report and starts the notification chain: the security officer of the organisation concerned is due
     * to open it one officer target after discovery, the national authority to have it one authority target after
     * discovery (both instants). Throws {@link InvalidBreachException} with every problem; then nothing is saved.
     */
    @Transactional
    public BreachCase report(BreachReportData data, String userId) {
        if (!mayReport(userId)) {
            throw new AccessDeniedException(userId + " does not report breaches");
        }
        List<FieldProblem> problems = reportProblems(data, userId);
        if (!problems.isEmpty()) {
            throw new InvalidBreachException(problems);
        }
        String party = partyOf(userId).orElseThrow();
        String organisationId = data.facilityId() == null ? users.find(userId).orElseThrow().organisationId()
                : facilities.find(data.facilityId()).orElseThrow().organisationId();
        BreachCase breach = file(data, party, organisationId, people.languageOf(userId), userId);
        auditLog.record(userId, "BREACH_REPORTED", breach.getReference(), data.eventType() + " "
                + breach.getItems().size() + " item(s)");
        return breach;
    }

    /**
     * Opens a "possible loss" case for a dispatch whose receipt is overdue (R-BR-08, for the transmission's timer):
     * reported in the sender's name at the moment the deadline passed, the chain's targets counted from then.
     */
    BreachCase openPossibleLoss(Transmission transmission, Instant deadline) {
        BreachReportData data = new BreachReportData(BreachCase.EventType.OVERDUE_RECEIPT, null,
                transmission.getRoute().name() + " → " + transmission.getRecipient(),
                deadline.atZone(calendars.forParty(transmission.getSendingParty()).zone()), null,
                "Receipt of " + transmission.getReference() + " (dispatched " + transmission.getDispatchedOn()
                        + ") not recorded by the end of " + transmission.getReceiptDueOn() + ".",
                transmission.getRecipient(), null, people.name(transmission.getDispatchedBy(), java.util.Locale.ENGLISH),
                List.of(new BreachItemData(transmission.getOriginator(), transmission.getRegistryNumber(), null, null,
                        transmission.getCopyNumber(), transmission.getMedium(), transmission.getLevelId())));
        BreachCase breach = file(data, transmission.getSendingParty(), transmission.getSenderOrganisationId(), "en",
                transmission.getDispatchedBy());
        auditLog.record("system", "BREACH_POSSIBLE_LOSS", breach.getReference(), transmission.getReference());
        return breach;
    }

    private BreachCase file(BreachReportData data, String party, String organisationId, String language,
                            String userId) {
        String agreementId = agreements.currentId();
        String otherParty = agreements.otherParty(party);
        BreachCase.Parties parties = new BreachCase.Parties(party, otherParty, organisationId,
                nationalAuthorityOf(agreementId, party), nationalAuthorityOf(agreementId, otherParty));
        BreachRule rule = rules.of(agreementId, party);
        Instant discovered = data.discoveredAt().toInstant();
        Instant officerDue = discovered.plus(rule.officerTarget());
        Instant authorityDue = discovered.plus(rule.authorityTarget());
        OffsetDateTime now = OffsetDateTime.now(clock);
        BreachCase breach = cases.save(new BreachCase(references.next(BreachProcedure.DESCRIPTION.referencePrefix(),
                Year.from(now.atZoneSameInstant(ZoneOffset.UTC))), agreementId, data, parties, language, userId, now,
                officerDue, authorityDue));
        String officerGroup = organisations.find(organisationId).filter(o -> o.kind() == OrganisationKind.COMPETENT_AUTHORITY)
                .isPresent() ? CaseGroups.securityAuthority(parties.authorityId())
                : CaseGroups.organisation(organisationId);
        actingUser.run(userId, () -> runtimeService.startProcessInstanceByKey(BreachProcess.PROCESS_KEY,
                breach.getReference(), ProcessValues.of(BreachProcess.OFFICER_GROUP, officerGroup)
                        .and(BreachProcess.AUTHORITY_GROUP, CaseGroups.securityAuthority(parties.authorityId()))
                        .and(BreachProcess.ORIGINATOR_GROUP,
                                CaseGroups.securityAuthority(parties.originatorAuthorityId()))
                        .and(BreachProcess.OFFICER_DUE_AT, Date.from(officerDue))
                        .and(BreachProcess.AUTHORITY_DUE_AT, Date.from(authorityDue))
                        .and(BreachProcess.INTERIM_CYCLE, "R/" + rule.interimInterval())
                        .asMap()));
        return breach;
    }

    /** Every problem of a report, by field (for forms, REST and {@link #report}). */
    @Transactional(readOnly = true)
    public List<FieldProblem> reportProblems(BreachReportData data, String userId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.eventType() == null) {
            problems.add(FieldProblem.of("eventType", "validation.choose"));
        }
        String party = partyOf(userId).orElse(null);
        if (data.facilityId() != null && ControlCharacters.inLine(data.facilityId())) {
            // checked before the look-up: PostgreSQL refuses a NUL in a query, which would fail the whole report
            problems.add(FieldProblem.of("facilityId", ControlCharacters.MESSAGE_KEY));
        } else if (data.facilityId() != null && facilities.find(data.facilityId())
                .filter(f -> f.partyCode().equals(party)).isEmpty()) {
            problems.add(FieldProblem.of("facilityId", "validation.breach.unknownFacility"));
        }
        TextChecks.line(problems, "location", data.location(), MAX_LINE, true);
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        if (data.discoveredAt() == null) {
            problems.add(FieldProblem.of("discoveredAt", "validation.required"));
        } else if (data.discoveredAt().toInstant().isAfter(latest)) {
            problems.add(FieldProblem.of("discoveredAt", "validation.breach.inFuture"));
        }
        if (data.occurredAt() != null && data.discoveredAt() != null
                && data.occurredAt().toInstant().isAfter(data.discoveredAt().toInstant())) {
            problems.add(FieldProblem.of("occurredAt", "validation.breach.occurredAfterDiscovery"));
        }
        TextChecks.text(problems, "circumstances", data.circumstances(), MAX_TEXT, true);
        TextChecks.text(problems, "unauthorisedRecipients", data.unauthorisedRecipients(), MAX_TEXT, false);
        TextChecks.text(problems, "containment", data.containment(), MAX_TEXT, false);
        TextChecks.line(problems, "pointOfContact", data.pointOfContact(), MAX_LINE, true);
        if (data.items().isEmpty()) {
            problems.add(FieldProblem.of("items", "validation.breach.noItems"));
        }
        Set<String> levels = new HashSet<>();
        if (party != null) {
            referenceData.levelsOf(agreements.otherParty(party)).forEach(l -> levels.add(l.getId()));
        }
        for (int i = 0; i < data.items().size(); i++) {
            BreachItemData item = data.items().get(i);
            String at = "items[" + i + "].";
            TextChecks.line(problems, at + "originator", item.originator(), MAX_LINE, true);
            TextChecks.line(problems, at + "registryNumber", item.registryNumber(), 100, true);
            TextChecks.line(problems, at + "title", item.title(), MAX_LINE, false);
            TextChecks.line(problems, at + "copyNumber", item.copyNumber(), 20, false);
            if (item.medium() == null) {
                problems.add(FieldProblem.of(at + "medium", "validation.choose"));
            }
            if (item.levelId() == null) {
                problems.add(FieldProblem.of(at + "levelId", "validation.choose"));
            } else if (!levels.contains(item.levelId())) {
                problems.add(FieldProblem.of(at + "levelId", "validation.breach.notOriginatorLevel"));
            }
            if (item.itemDate() != null && data.discoveredAt() != null
                    && item.itemDate().isAfter(data.discoveredAt().toLocalDate())) {
                problems.add(FieldProblem.of(at + "itemDate", "validation.breach.itemDateAfterDiscovery"));
            }
        }
        return problems;
    }

    private String nationalAuthorityOf(String agreementId, String party) {
        LocalDate today = LocalDate.now(clock);
        // the authority of industrial security receives breach reports of its facilities (domain §8.3 lane 3)
        return referenceData.authoritiesOf(agreementId).stream()
                .filter(a -> a.getPartyCode().equals(party) && a.getRole() == AuthorityRole.DSA && a.isValidOn(today))
                .map(a -> a.getOrganisation().getId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No designated security authority of " + party));
    }

    /** The case if the user reads it, with everything it holds. */
    @Transactional(readOnly = true)
    public Optional<BreachCase> find(String reference, String userId) {
        return byReference(reference).filter(b -> sideOf(b, userId).isPresent());
    }

    /** Without a need-to-know check: for the inbox's facts and the process's steps. */
    @Transactional(readOnly = true)
    public Optional<BreachCase> byReference(String reference) {
        return (reference == null ? Optional.<BreachCase>empty() : cases.findByReference(reference)).map(b -> {
            b.getItems().size();
            b.getEscalations().size();
            b.getPersons().size();
            b.getEntries().size();
            b.getActions().size();
            return b;
        });
    }

    /** How the user stands to the case; empty: the user does not read it. */
    @Transactional(readOnly = true)
    public Optional<Side> sideOf(BreachCase breach, String userId) {
        Optional<UserAccount> user = users.find(userId);
        String organisation = user.map(UserAccount::organisationId).orElse(null);
        boolean authority = user.filter(u -> u.hasRole(Role.AUTHORITY)).isPresent();
        if (authority && breach.getAuthorityId().equals(organisation)) {
            return Optional.of(Side.AUTHORITY);
        }
        if (breach.getOrganisationId().equals(organisation) || breach.getReportedBy().equals(userId)) {
            return Optional.of(Side.RECEIVING);
        }
        if (authority && breach.getOriginatorAuthorityId().equals(organisation) && breach.getNotifiedAt() != null) {
            return Optional.of(Side.ORIGINATOR);
        }
        return Optional.empty();
    }

    /**
     * One page of the cases the user reads, latest report first: the union of the ways the user knows a case, each
     * read from its own index and cut at the page's end, so that a page costs the same at 50,000 cases as at 50.
     */
    @Transactional(readOnly = true)
    public List<BreachCase> page(String userId, int offset, int limit) {
        Optional<UserAccount> user = users.find(userId);
        String organisation = user.map(UserAccount::organisationId).orElse("-");
        boolean authority = user.filter(u -> u.hasRole(Role.AUTHORITY)).isPresent();
        String newest = " order by reported_at desc, id desc limit :end)";
        StringBuilder union = new StringBuilder()
                .append("(select id, reported_at from breach_case where organisation_id = :org").append(newest)
                .append(" union (select id, reported_at from breach_case where reported_by = :user").append(newest);
        if (authority) {
            union.append(" union (select id, reported_at from breach_case where authority_id = :org").append(newest)
                    .append(" union (select id, reported_at from breach_case where originator_authority_id = :org"
                            + " and notified_at is not null").append(newest);
        }
        List<Long> ids = jdbc.queryForList("select id from (" + union + ") known order by reported_at desc, id desc"
                        + " limit :limit offset :offset", new org.springframework.jdbc.core.namedparam
                        .MapSqlParameterSource("org", organisation).addValue("user", userId)
                        .addValue("end", offset + limit).addValue("limit", limit).addValue("offset", offset),
                Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, BreachCase> byId = new java.util.HashMap<>();
        entityManager.createQuery("select b from BreachCase b where b.id in :ids", BreachCase.class)
                .setParameter("ids", ids).getResultList().forEach(b -> byId.put(b.getId(), b));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public long count(String userId) {
        Optional<UserAccount> user = users.find(userId);
        String organisation = user.map(UserAccount::organisationId).orElse("-");
        boolean authority = user.filter(u -> u.hasRole(Role.AUTHORITY)).isPresent();
        return entityManager.createQuery("select count(b) from BreachCase b where (b.organisationId = :org"
                        + " or b.reportedBy = :user or (:authority = true and (b.authorityId = :org"
                        + " or (b.originatorAuthorityId = :org and b.notifiedAt is not null))))", Long.class)
                .setParameter("org", organisation).setParameter("user", userId).setParameter("authority", authority)
                .getSingleResult();
    }

    /** One page as {@link #page}, with each case's items and escalations loaded (in batches, for the API). */
    @Transactional(readOnly = true)
    public List<BreachCase> pageWithItems(String userId, int offset, int limit) {
        List<BreachCase> page = page(userId, offset, limit);
        page.forEach(b -> {
            b.getItems().size();
            b.getEscalations().size();
        });
        return page;
    }

    /** Whether the user may work on the case as its national authority (classify, name persons, track actions). */
    @Transactional(readOnly = true)
    public boolean mayInvestigate(BreachCase breach, String userId) {
        return sideOf(breach, userId).filter(s -> s == Side.AUTHORITY).isPresent();
    }

    /** Moves the case from possible to confirmed, or to "not a breach", with the reason. */
    @Transactional
    public void classify(String reference, int expectedVersion, BreachCase.Classification to, String reason,
                         String userId) {
        BreachCase breach = lockForAuthority(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        if (to == null) {
            problems.add(FieldProblem.of("classification", "validation.choose"));
        } else if (to == breach.getClassification()) {
            problems.add(FieldProblem.of("classification", "validation.breach.sameClassification"));
        }
        TextChecks.text(problems, "classificationReason", reason, MAX_TEXT, true);
        refuseIfClosed(breach, problems, "classification");
        throwIf(problems);
        breach.classify(to, reason.strip(), people.languageOf(userId), userId, OffsetDateTime.now(clock));
        auditLog.record(userId, "BREACH_CLASSIFIED", reference, String.valueOf(to));
    }

    /** Names a person involved; one with an account may from now on neither investigate nor complete the case. */
    @Transactional
    public PersonInvolved involve(String reference, int expectedVersion, String name, String function,
                                  String personUserId, String userId) {
        BreachCase breach = lockForAuthority(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.line(problems, "personName", name, MAX_LINE, true);
        TextChecks.line(problems, "personFunction", function, MAX_LINE, false);
        String account = TextChecks.stored(personUserId);
        if (account != null && users.find(account).isEmpty()) {
            problems.add(FieldProblem.of("personUserId", "validation.breach.unknownUser"));
        }
        refuseIfClosed(breach, problems, "personName");
        throwIf(problems);
        PersonInvolved person = breach.involve(name.strip(), TextChecks.stored(function), account, userId,
                OffsetDateTime.now(clock));
        auditLog.record(userId, "BREACH_PERSON_NAMED", reference, account == null ? "" : account);
        return person;
    }

    /**
     * Asks for a review of an affected clearance (R-BR-07): of the facility where it happened (its open visits are
     * flagged for the host authority), or of a named person's. The national authority gets the review task at once.
     */
    @Transactional
    public void requestClearanceReview(String reference, int expectedVersion, String personName, String reason,
                                       String userId) {
        BreachCase breach = lockForAuthority(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        String person = TextChecks.stored(personName);
        TextChecks.line(problems, "reviewPerson", personName, MAX_LINE, false);
        TextChecks.text(problems, "reviewReason", reason, MAX_TEXT, true);
        if (person == null && breach.getFacilityId() == null) {
            problems.add(FieldProblem.of("reviewPerson", "validation.breach.noFacility"));
        }
        refuseIfClosed(breach, problems, "reviewReason");
        throwIf(problems);
        String subject = person != null ? person : breach.getFacilityId();
        breach.requestReview(subject, reason.strip(), people.languageOf(userId), userId, OffsetDateTime.now(clock));
        actingUser.run(userId, () -> runtimeService.createMessageCorrelation(BreachProcess.MESSAGE_REVIEW_REQUESTED)
                .processInstanceBusinessKey(reference).correlate());
        int flagged = person == null ? visits.flagBreach(breach.getFacilityId(), reference) : 0;
        auditLog.record(userId, "BREACH_REVIEW_REQUESTED", reference, subject + (flagged > 0 ? "; " + flagged
                + " visit(s) flagged" : ""));
    }

    /** Records a person's reply (their right to reply, R-BR-04). */
    @Transactional
    public void recordReply(String reference, Long personId, int expectedVersion, String reply, String userId) {
        BreachCase breach = lockForAuthority(reference, expectedVersion, userId);
        PersonInvolved person = breach.getPersons().stream().filter(p -> p.getId().equals(personId)).findFirst()
                .orElseThrow(() -> new BreachNotFoundException(reference));
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "reply", reply, MAX_TEXT, true);
        refuseIfClosed(breach, problems, "reply");
        throwIf(problems);
        person.replied(reply.strip(), today(breach.getReceivingParty()), people.languageOf(userId));
        auditLog.record(userId, "BREACH_PERSON_REPLIED", reference, String.valueOf(personId));
    }

    /** Adds a corrective action to the final report being written (owner, due date). */
    @Transactional
    public CorrectiveAction addAction(String reference, int expectedVersion, String action, String owner,
                                      LocalDate dueOn, String userId) {
        BreachCase breach = lockForAuthority(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "action", action, MAX_TEXT, true);
        TextChecks.line(problems, "owner", owner, MAX_LINE, true);
        if (dueOn == null) {
            problems.add(FieldProblem.of("actionDueOn", "validation.required"));
        } else if (dueOn.isBefore(today(breach.getReceivingParty()))) {
            problems.add(FieldProblem.of("actionDueOn", "validation.breach.dueInPast"));
        }
        if (breach.getStatus() != BreachCase.Status.INVESTIGATING) {
            problems.add(FieldProblem.of("action", "validation.breach.notInvestigating"));
        }
        throwIf(problems);
        CorrectiveAction added = breach.addAction(action.strip(), owner.strip(), dueOn, people.languageOf(userId),
                userId, OffsetDateTime.now(clock));
        auditLog.record(userId, "BREACH_ACTION_ADDED", reference, null);
        return added;
    }

    /** Marks a corrective action done, with an optional note; the inbox's due date moves to the next open one. */
    @Transactional
    public void markActionDone(String reference, Long actionId, int expectedVersion, String note, String userId) {
        BreachCase breach = lockForAuthority(reference, expectedVersion, userId);
        CorrectiveAction action = breach.action(actionId).orElseThrow(() -> new BreachNotFoundException(reference));
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.text(problems, "doneNote", note, MAX_TEXT, false);
        if (action.isDone() || breach.getFinalAt() == null) {
            problems.add(FieldProblem.of("doneNote", "validation.breach.actionNotOpen"));
        }
        throwIf(problems);
        action.done(today(breach.getReceivingParty()), TextChecks.stored(note), userId);
        events.publishEvent(new CaseChanged(reference));
        auditLog.record(userId, "BREACH_ACTION_DONE", reference, null);
    }

    /** Whether the user reported the case or is named as involved in it: such a user cannot investigate it. */
    @Transactional(readOnly = true)
    public boolean involves(String reference, String userId) {
        return byReference(reference).filter(b -> userId.equalsIgnoreCase(b.getReportedBy())
                || b.getPersons().stream().anyMatch(p -> userId.equalsIgnoreCase(p.getUserId()))).isPresent();
    }

    /**
     * A target of the chain was missed (for the process's step): recorded, and escalated to the head of the
     * authority where one is configured, else the authority's group; a security officer's overdue task is offered to
     * the national authority as well, which may then open the case itself.
     */
    @Transactional
    public void escalate(String reference, BreachEscalation.Step step, String processInstanceId) {
        BreachCase breach = cases.lockByReference(reference).orElseThrow(() -> new BreachNotFoundException(reference));
        String authorityGroup = CaseGroups.securityAuthority(breach.getAuthorityId());
        String to = rules.of(breach.getAgreementId(), breach.getReceivingParty()).headOfAuthority()
                .orElse(authorityGroup);
        Instant target = switch (step) {
            case OFFICER -> breach.getOfficerDueAt();
            case AUTHORITY -> breach.getAuthorityDueAt();
            case ORIGINATOR -> breach.getOriginatorDueAt().orElseThrow();
        };
        if (step != BreachEscalation.Step.ORIGINATOR) {
            taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(BreachProcess.OPEN_CASE).list()
                    .forEach(task -> taskService.addCandidateGroup(task.getId(), authorityGroup));
        }
        breach.escalated(step, target, to, OffsetDateTime.now(clock));
        org.gsoia.workflow.notification.Notice notice = org.gsoia.workflow.notification.Notice.of(BreachTopics.ESCALATED,
                reference, BreachProcedure.DESCRIPTION.page(reference),
                new org.gsoia.workflow.notification.Notice.Translated("breach.escalation." + step.name()));
        if (to.equals(authorityGroup)) {
            notifications.toGroup(notice, authorityGroup);
        } else {
            notifications.toUsers(notice, List.of(to));
        }
        events.publishEvent(new CaseChanged(reference));
        auditLog.record("system", "BREACH_ESCALATED", reference, step + " → " + to);
    }

    /** The originator accepted and assessed the damage (for the process's step); true if actions are still open. */
    @Transactional
    public boolean close(String reference) {
        BreachCase breach = cases.lockByReference(reference).orElseThrow(() -> new BreachNotFoundException(reference));
        breach.closed(OffsetDateTime.now(clock));
        auditLog.record("system", "BREACH_CLOSED", reference, breach.openActions() + " action(s) open");
        return breach.openActions() > 0;
    }

    /** Today where the party is: due dates end with their day there. */
    public LocalDate today(String partyCode) {
        return LocalDate.now(clock.withZone(calendars.forParty(partyCode).zone()));
    }

    /** Locks the case's row until the transaction ends (before its task's, see {@code BreachTasks.take}). */
    void lockCase(String reference) {
        cases.lockByReference(reference);
    }

    BreachCase lockForTask(String reference) {
        BreachCase breach = cases.lockByReference(reference).orElseThrow(() -> new BreachNotFoundException(reference));
        entityManager.lock(breach, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return breach;
    }

    /** Tells the originating party's authority that a report reached it (an interim or the final report). */
    void reportSent(BreachCase breach, String reportKey) {
        notifications.toGroup(org.gsoia.workflow.notification.Notice.of(BreachTopics.REPORT, breach.getReference(),
                BreachProcedure.DESCRIPTION.page(breach.getReference()),
                new org.gsoia.workflow.notification.Notice.Translated(reportKey)),
                CaseGroups.securityAuthority(breach.getOriginatorAuthorityId()));
    }

    BreachRule ruleOf(BreachCase breach) {
        return rules.of(breach.getAgreementId(), breach.getReceivingParty());
    }

    private BreachCase lockForAuthority(String reference, int expectedVersion, String userId) {
        BreachCase breach = (reference == null ? Optional.<BreachCase>empty() : cases.lockByReference(reference))
                .orElseThrow(() -> new BreachNotFoundException(reference));
        Optional<Side> side = sideOf(breach, userId);
        if (side.isEmpty()) {
            throw new BreachNotFoundException(reference);
        }
        if (side.get() != Side.AUTHORITY) {
            throw new AccessDeniedException(userId + " does not work on " + reference);
        }
        if (breach.getVersion() != expectedVersion) {
            throw new BreachChangedException(reference);
        }
        // persons, actions and entries are the case's too: each change raises its version
        entityManager.lock(breach, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return breach;
    }

    private static void refuseIfClosed(BreachCase breach, List<FieldProblem> problems, String field) {
        if (breach.isClosed()) {
            problems.add(FieldProblem.of(field, "validation.breach.closed"));
        }
    }

    static void throwIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidBreachException(problems);
        }
    }
}

package org.gsoia.workflow.clearance;

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
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.AssuranceRequests.Checks;
import org.gsoia.workflow.clearance.process.InspectionProcess;
import org.gsoia.workflow.procedure.ActingUser;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security inspections of cleared facilities (R-FC-07). The facility's party's designated security authority plans
 * initial and periodic inspections, records findings with their corrective actions (owner, due date) and marks each
 * action done; recording a result plans the next periodic inspection one interval later (data per agreement and
 * party). The facility's own people read their inspections and the actions they owe.
 */
@Service
public class FacilityInspections {

    static final int MAX_TEXT = 2000;

    private final InspectionRepository inspections;
    private final FacilityClearances clearances;
    private final FacilityRegister facilities;
    private final AssuranceRules rules;
    private final Agreements agreements;
    private final WorkingDayCalendars calendars;
    private final UserDirectory users;
    private final People people;
    private final RuntimeService runtimeService;
    private final ActingUser actingUser;
    private final AuditLog auditLog;
    private final ClearanceReferences references;
    private final Clock clock;
    private final int leadDays;
    private final jakarta.persistence.EntityManager entityManager;
    private final org.springframework.context.ApplicationEventPublisher events;

    FacilityInspections(InspectionRepository inspections, FacilityClearances clearances, FacilityRegister facilities,
                        AssuranceRules rules, Agreements agreements, WorkingDayCalendars calendars,
                        UserDirectory users, People people, RuntimeService runtimeService,
                        ActingUser actingUser, AuditLog auditLog, ClearanceReferences references,
                        Clock clock, jakarta.persistence.EntityManager entityManager,
                        org.springframework.context.ApplicationEventPublisher events,
                        @Value("${gsoia.fsc.inspection-lead-days:30}") int leadDays) {
        this.events = events;
        this.entityManager = entityManager;
        this.inspections = inspections;
        this.clearances = clearances;
        this.facilities = facilities;
        this.rules = rules;
        this.agreements = agreements;
        this.calendars = calendars;
        this.users = users;
        this.people = people;
        this.runtimeService = runtimeService;
        this.actingUser = actingUser;
        this.auditLog = auditLog;
        this.references = references;
        this.clock = clock;
        this.leadDays = leadDays;
    }

    /** Whether the user plans and records the facility's inspections: its party's designated security authority. */
    @Transactional(readOnly = true)
    public boolean mayInspect(String userId, String facilityId) {
        return clearances.mayMaintain(userId, facilityId);
    }

    /** Plans an inspection; its task appears {@code gsoia.fsc.inspection-lead-days} before the due date. */
    @Transactional
    public FacilityInspection plan(String facilityId, FacilityInspection.Kind kind, LocalDate dueOn, String userId) {
        if (!mayInspect(userId, facilityId)) {
            throw new AccessDeniedException(userId + " does not inspect " + facilityId);
        }
        // one planning at a time per facility: two officers planning at once would both pass the check below
        entityManager.createNativeQuery("select id from facility where id = :id for update")
                .setParameter("id", facilityId).getResultList();
        FacilityEntry facility = facilities.find(facilityId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "validation.required"));
        }
        if (dueOn == null) {
            problems.add(FieldProblem.of("dueOn", "validation.required"));
        } else if (dueOn.isBefore(today(facility.partyCode()))) {
            problems.add(FieldProblem.of("dueOn", "validation.inspection.dueInPast"));
        }
        if (inspections.findByFacilityIdOrderByDueOnDescIdDesc(facilityId).stream()
                .anyMatch(i -> i.getStatus() == FacilityInspection.Status.PLANNED)) {
            problems.add(FieldProblem.of("dueOn", "validation.inspection.alreadyPlanned"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        String authorityId = users.find(userId).map(UserAccount::organisationId).orElseThrow();
        return start(facility, authorityId, kind, dueOn, userId);
    }

    private FacilityInspection start(FacilityEntry facility, String authorityId, FacilityInspection.Kind kind,
                                     LocalDate dueOn, String userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FacilityInspection inspection = inspections.save(new FacilityInspection(
                references.nextInspection(Year.from(now.atZoneSameInstant(ZoneOffset.UTC))), facility.id(),
                facility.partyCode(), authorityId, kind, dueOn, userId, now));
        Instant opens = dueOn.minusDays(leadDays).atStartOfDay(calendars.forParty(facility.partyCode()).zone())
                .toInstant();
        actingUser.run(userId, () -> runtimeService.startProcessInstanceByKey(InspectionProcess.PROCESS_KEY,
                inspection.getReference(), ProcessValues.of(InspectionProcess.WINDOW_OPENS_AT, Date.from(opens))
                        .and(InspectionProcess.AUTHORITY_GROUP, CaseGroups.securityAuthority(authorityId)).asMap()));
        auditLog.record(userId, "INSPECTION_PLANNED", inspection.getReference(), facility.id() + " " + kind + " "
                + dueOn);
        return inspection;
    }

    /** The inspection if the user reads it: the facility's party's authority, administrators, the facility's people. */
    @Transactional(readOnly = true)
    public Optional<FacilityInspection> find(String reference, String userId) {
        return byReference(reference).filter(i -> reads(i.getFacilityId(), userId));
    }

    /** Without a need-to-know check, for the inbox's facts. */
    @Transactional(readOnly = true)
    public Optional<FacilityInspection> byReference(String reference) {
        return (reference == null ? Optional.<FacilityInspection>empty() : inspections.findByReference(reference))
                .map(i -> {
                    i.getFindings().size();
                    return i;
                });
    }

    /** The facility's inspections, latest due first, if the user reads them. */
    @Transactional(readOnly = true)
    public List<FacilityInspection> ofFacility(String facilityId, String userId) {
        return reads(facilityId, userId) ? inspections.findByFacilityIdOrderByDueOnDescIdDesc(facilityId)
                : List.of();
    }

    private boolean reads(String facilityId, String userId) {
        return clearances.mayReadInternals(userId, facilityId) || users.find(userId).map(UserAccount::organisationId)
                .filter(org -> facilities.find(facilityId).filter(f -> f.organisationId().equals(org)).isPresent())
                .isPresent();
    }

    /** Adds a finding with its corrective action, while the inspection is being carried out. */
    @Transactional
    public InspectionFinding addFinding(String reference, int expectedVersion, InspectionFindingData data,
                                       String userId) {
        FacilityInspection inspection = lockForInspector(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        if (inspection.getStatus() != FacilityInspection.Status.PLANNED) {
            throw new InvalidAssuranceRequestException(List.of(FieldProblem.of("description",
                    "validation.inspection.notOpen")));
        }
        Checks.text(problems, "description", data.description(), MAX_TEXT, true);
        if (data.severity() == null) {
            problems.add(FieldProblem.of("severity", "validation.required"));
        }
        Checks.text(problems, "action", data.action(), MAX_TEXT, true);
        Checks.line(problems, "owner", data.owner(), 200, true);
        if (data.dueOn() == null) {
            problems.add(FieldProblem.of("actionDueOn", "validation.required"));
        } else if (data.dueOn().isBefore(today(inspection.getPartyCode()))) {
            problems.add(FieldProblem.of("actionDueOn", "validation.inspection.dueInPast"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        InspectionFinding finding = inspection.addFinding(data, people.languageOf(userId), userId,
                OffsetDateTime.now(clock));
        auditLog.record(userId, "INSPECTION_FINDING", reference, String.valueOf(data.severity()));
        return finding;
    }

    /**
     * Calls a planned inspection off (a wrong date, a facility that lost its clearance or closed), with the reason;
     * its task and timer end. A new one can then be planned.
     */
    @Transactional
    public void cancel(String reference, int expectedVersion, String reason, String userId) {
        FacilityInspection inspection = lockForInspector(reference, expectedVersion, userId);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "cancelReason", reason, MAX_TEXT, true);
        if (inspection.getStatus() != FacilityInspection.Status.PLANNED) {
            problems.add(FieldProblem.of("cancelReason", "validation.inspection.notOpen"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        inspection.cancel(reason.strip(), people.languageOf(userId), userId, OffsetDateTime.now(clock));
        try {
            actingUser.run(userId, () -> runtimeService.createMessageCorrelation(InspectionProcess.MESSAGE_CANCELLED)
                    .processInstanceBusinessKey(reference).correlate());
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException
                 | org.camunda.bpm.engine.OptimisticLockingException raced) {
            throw new AssuranceRequestChangedException(reference);
        }
        auditLog.record(userId, "INSPECTION_CANCELLED", reference, null);
    }

    /** Marks a corrective action done, with an optional note (how it was done, the evidence seen). */
    @Transactional
    public void markActionDone(String reference, Long findingId, int expectedVersion, String note, String userId) {
        FacilityInspection inspection = lockForInspector(reference, expectedVersion, userId);
        InspectionFinding finding = inspection.finding(findingId)
                .orElseThrow(() -> new AssuranceRequestNotFoundException(reference));
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "doneNote", note, MAX_TEXT, false);
        if (inspection.getStatus() != FacilityInspection.Status.FOLLOW_UP || finding.isDone()) {
            problems.add(FieldProblem.of("doneNote", "validation.inspection.notOpen"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        finding.done(today(inspection.getPartyCode()), note == null || note.isBlank() ? null : note.strip(), userId);
        // the follow-up is due with the earliest open action: the inbox reads the case again
        events.publishEvent(new org.gsoia.workflow.procedure.CaseChanged(reference));
        auditLog.record(userId, "INSPECTION_ACTION_DONE", reference, "finding " + finding.getId());
    }

    /** Validates and records the result (for {@link InspectionTasks}); plans the next periodic inspection. */
    FacilityInspection recordResult(String reference, LocalDate inspectedOn, String inspector,
                                    FacilityInspection.Outcome outcome, String summary, String userId) {
        FacilityInspection inspection = inspections.lockByReference(reference)
                .orElseThrow(() -> new AssuranceRequestNotFoundException(reference));
        inspection.record(inspectedOn, inspector.strip(), outcome, summary == null || summary.isBlank() ? null
                : summary.strip(), people.languageOf(userId), userId, OffsetDateTime.now(clock));
        FacilityEntry facility = facilities.find(inspection.getFacilityId()).orElseThrow();
        start(facility, inspection.getAuthorityId(), FacilityInspection.Kind.PERIODIC,
                inspectedOn.plus(rules.inspectionInterval(agreements.currentId(), facility.partyCode())), userId);
        return inspection;
    }

    List<FieldProblem> resultProblems(String reference, LocalDate inspectedOn, String inspector,
                                      FacilityInspection.Outcome outcome, String summary) {
        FacilityInspection inspection = inspections.findByReference(reference)
                .orElseThrow(() -> new AssuranceRequestNotFoundException(reference));
        List<FieldProblem> problems = new ArrayList<>();
        if (inspectedOn == null) {
            problems.add(FieldProblem.of("inspectedOn", "validation.required"));
        } else if (inspectedOn.isAfter(today(inspection.getPartyCode()))) {
            problems.add(FieldProblem.of("inspectedOn", "validation.inspection.inFuture"));
        }
        Checks.line(problems, "inspector", inspector, 200, true);
        if (outcome == null) {
            problems.add(FieldProblem.of("outcome", "validation.choose"));
        }
        Checks.text(problems, "summary", summary, MAX_TEXT, outcome != null
                && outcome != FacilityInspection.Outcome.SATISFACTORY);
        return problems;
    }

    void followUpDone(String reference) {
        inspections.lockByReference(reference).orElseThrow(() -> new AssuranceRequestNotFoundException(reference))
                .actionsDone();
    }

    /** Today where the facility's party is: due dates end with their day there. */
    public LocalDate today(String partyCode) {
        return LocalDate.now(clock.withZone(calendars.forParty(partyCode).zone()));
    }

    private FacilityInspection lockForInspector(String reference, int expectedVersion, String userId) {
        FacilityInspection inspection = (reference == null ? Optional.<FacilityInspection>empty()
                : inspections.lockByReference(reference))
                .orElseThrow(() -> new AssuranceRequestNotFoundException(reference));
        if (!mayInspect(userId, inspection.getFacilityId())) {
            throw new AccessDeniedException(userId + " does not inspect " + inspection.getFacilityId());
        }
        if (inspection.getVersion() != expectedVersion) {
            throw new AssuranceRequestChangedException(reference);
        }
        // findings are the inspection's too: each change raises its version
        entityManager.lock(inspection, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return inspection;
    }

}

package org.gsoia.workflow.clearance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.AssuranceRequests.Checks;
import org.gsoia.workflow.clearance.process.PscReminderProcess;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.security.CaseGroups;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expiry reminders of personnel clearances (R-FC-08): when a valid clearance of a person at a facility comes within
 * one of the configured thresholds of its expiry ({@code gsoia.psc.reminder-days}, 90 and 30 by default), the
 * facility's security officers get an inbox task to apply for the renewal or to let it lapse; each threshold once.
 * They, and the person's party's authorities, read the reminder.
 */
@Service
public class PscReminders {

    private final PscReminderRepository reminders;
    private final PersonnelClearanceRepository clearances;
    private final FacilityRegister facilities;
    private final WorkingDayCalendars calendars;
    private final RuntimeService runtimeService;
    private final UserDirectory users;
    private final PersonnelClearances personnelClearances;
    private final AuditLog auditLog;
    private final jakarta.persistence.EntityManager entityManager;
    private final Clock clock;
    private final List<Integer> thresholds;
    private final ClearanceReferences references;

    PscReminders(PscReminderRepository reminders, PersonnelClearanceRepository clearances,
                 FacilityRegister facilities, WorkingDayCalendars calendars, RuntimeService runtimeService,
                 UserDirectory users, PersonnelClearances personnelClearances, AuditLog auditLog,
                 jakarta.persistence.EntityManager entityManager, Clock clock, ClearanceReferences references,
                 @Value("${gsoia.psc.reminder-days:90,30}") List<Integer> thresholds) {
        this.reminders = reminders;
        this.clearances = clearances;
        this.facilities = facilities;
        this.calendars = calendars;
        this.runtimeService = runtimeService;
        this.users = users;
        this.personnelClearances = personnelClearances;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
        this.thresholds = thresholds.stream().sorted().toList();
        this.references = references;
    }

    /**
     * Opens the reminders that fell due: for each valid clearance at a facility that expires within the largest
     * threshold, the smallest threshold it has reached, unless that reminder exists. Returns how many it opened.
     */
    @Transactional
    public int openDueReminders() {
        LocalDate today = LocalDate.now(clock);
        int largest = thresholds.get(thresholds.size() - 1);
        List<PersonnelClearance> near = entityManager.createQuery("select p from PersonnelClearance p"
                        + " where p.status = :valid and p.facilityId is not null and p.expiresOn >= :today"
                        + " and p.expiresOn <= :horizon order by p.expiresOn, p.id", PersonnelClearance.class)
                .setParameter("valid", PscStatus.VALID).setParameter("today", today)
                .setParameter("horizon", today.plusDays(largest)).getResultList();
        int opened = 0;
        for (PersonnelClearance clearance : near) {
            int reached = thresholds.stream().filter(t -> !clearance.getExpiresOn().isAfter(today.plusDays(t)))
                    .findFirst().orElseThrow();
            if (reminders.exists(clearance.getId(), reached,
                    clearance.getExpiresOn())) {
                continue;
            }
            Optional<FacilityEntry> facility = facilities.find(clearance.getFacilityId());
            if (facility.isEmpty()) {
                continue;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String reference = references.nextReminder(Year.from(now.atZoneSameInstant(ZoneOffset.UTC)));
            reminders.save(new PscReminder(reference, clearance.getId(), reached, clearance.getExpiresOn(), now));
            Date expiresAt = Date.from(clearance.getExpiresOn().plusDays(1)
                    .atStartOfDay(calendars.forParty(clearance.getPartyCode()).zone()).toInstant());
            runtimeService.startProcessInstanceByKey(PscReminderProcess.PROCESS_KEY, reference, ProcessValues
                    .of(PscReminderProcess.FACILITY_GROUP, CaseGroups.organisation(facility.get().organisationId()))
                    .and(PscReminderProcess.EXPIRES_AT, expiresAt).asMap());
            auditLog.record("system", "PSC_REMINDER_OPENED", reference, "PSC-" + clearance.getId() + ": " + reached);
            opened++;
        }
        return opened;
    }

    /**
     * The reminder with its clearance if the user may read it: the facility's own people (its organisation) and the
     * person's party's authorities.
     */
    @Transactional(readOnly = true)
    public Optional<PscReminder> find(String reference, String userId) {
        Optional<UserAccount> user = users.find(userId);
        if (reference == null || user.isEmpty()) {
            return Optional.empty();
        }
        return reminders.findByReference(reference).filter(reminder -> clearances.findById(reminder.getClearanceId())
                .filter(clearance -> reads(user.get(), clearance)).isPresent());
    }

    private boolean reads(UserAccount user, PersonnelClearance clearance) {
        if (user.hasRole(Role.AUTHORITY)) {
            return personnelClearances.partyOf(user.userId()).filter(clearance.getPartyCode()::equals).isPresent();
        }
        return user.organisationId() != null && clearance.getFacilityId() != null && facilities
                .find(clearance.getFacilityId()).filter(f -> f.organisationId().equals(user.organisationId()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<PscReminder> byReference(String reference) {
        return reference == null ? Optional.empty() : reminders.findByReference(reference);
    }

    /** The clearance a reminder is about (the caller has checked need-to-know with {@link #find}). */
    @Transactional(readOnly = true)
    public PersonnelClearance clearanceOf(PscReminder reminder) {
        return clearances.findById(reminder.getClearanceId()).orElseThrow();
    }

    /** Validates the note of a dealt-with reminder (for {@link PscReminderTasks}). */
    static void checkNote(String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "note", note, AssuranceRequests.MAX_TEXT, false);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
    }
}

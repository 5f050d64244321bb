package org.gsoia.workflow.clearance;

import static org.gsoia.workflow.clearance.AssuranceRequests.MAX_LINE;
import static org.gsoia.workflow.clearance.AssuranceRequests.MAX_TEXT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.AssuranceRequests.Checks;
import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskSituation;
import org.gsoia.workflow.task.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task side of an assurance request: the receiving authority replies from its register and, where it runs,
 * works through the national clearance; the requesting authority escalates an overdue reply and records the
 * assurance. Each step checks its input first ({@link InvalidAssuranceRequestException}, nothing happens), takes the
 * user's task through {@link UserTasks}, locks the request, records the step and completes the task as the user,
 * in one transaction. The register changes the procedure makes go through {@link FacilityClearances}, with history.
 */
@Service
public class AssuranceTasks {

    private final UserTasks userTasks;
    private final AssuranceRequestRepository requests;
    private final FacilityClearances clearances;
    private final People people;
    private final Clock clock;

    AssuranceTasks(UserTasks userTasks, AssuranceRequestRepository requests, FacilityClearances clearances,
                   People people, Clock clock) {
        this.userTasks = userTasks;
        this.requests = requests;
        this.clearances = clearances;
        this.people = people;
        this.clock = clock;
    }

    /** The open tasks of one request that the user may work on (to offer them on the request's page). */
    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String reference, String userId) {
        return userTasks.workableOf(reference, userId, AssuranceProcess.PROCESS_KEY);
    }

    @Transactional(readOnly = true)
    public TaskSituation situation(InboxRow task, Locale locale) {
        return userTasks.situation(task, locale);
    }

    /**
     * The reply: what the register states of the facility now (R-FC-02). A national clearance follows when the
     * clearance is in process, or when there is none (or it expired) and the request asked for sponsorship; then
     * the register says "in process" from now on, and the reply says so.
     */
    @Transactional
    public void reply(String taskId, String userId, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "note", note, MAX_TEXT, false);
        refuse(problems);
        InboxRow task = take(taskId, userId, AssuranceProcess.REPLY_TO_REQUEST);
        AssuranceRequest request = lock(task);
        FacilityClearance clearance = clearance(request, userId);
        ReplyStatus status = ReplyStatus.of(clearance.status());
        boolean sponsorship = request.isSponsorshipRequested()
                && (status == ReplyStatus.NONE || status == ReplyStatus.EXPIRED);
        if (sponsorship) {
            clearance = clearances.startNationalClearance(request.getFacilityId(), userId,
                    "National clearance on sponsorship, " + request.getReference());
        }
        boolean nationalClearance = sponsorship || status == ReplyStatus.IN_PROCESS;
        request.recordReply(clearance, strip(note), people.languageOf(userId), userId, now(), nationalClearance);
        complete(task, userId, ProcessValues.of(AssuranceProcess.NATIONAL_CLEARANCE, nationalClearance),
                "FSC_ASSURANCE_REPLIED", ReplyStatus.of(clearance.status()).name());
    }

    /** National clearance, first step: the company's foreign ownership and influence. */
    @Transactional
    public void recordCompanyData(String taskId, String userId, String foreignOwnership, boolean foreignInfluence) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "foreignOwnership", foreignOwnership, MAX_TEXT, true);
        refuse(problems);
        InboxRow task = take(taskId, userId, AssuranceProcess.RECORD_COMPANY_DATA);
        lock(task).recordCompanyData(foreignOwnership.strip(), foreignInfluence, people.languageOf(userId), userId);
        complete(task, userId, ProcessValues.none(), "FSC_COMPANY_DATA_RECORDED", foreignInfluence ? "FOREIGN_INFLUENCE" : null);
    }

    /** National clearance: the company's security officer and deputy, appointed and briefed. */
    @Transactional
    public void appointSecurityOfficers(String taskId, String userId, String securityOfficer, String deputy) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.line(problems, "securityOfficer", securityOfficer, MAX_LINE, true);
        Checks.line(problems, "deputySecurityOfficer", deputy, MAX_LINE, true);
        if (problems.isEmpty() && securityOfficer.strip().equalsIgnoreCase(deputy.strip())) {
            problems.add(FieldProblem.of("deputySecurityOfficer", "assurance.deputy.sameAsOfficer"));
        }
        refuse(problems);
        InboxRow task = take(taskId, userId, AssuranceProcess.APPOINT_SECURITY_OFFICERS);
        lock(task).recordOfficers(securityOfficer.strip(), deputy.strip(), userId);
        complete(task, userId, ProcessValues.none(), "FSC_SECURITY_OFFICERS_RECORDED", null);
    }

    /** National clearance: the initial inspection of the company's protective measures. */
    @Transactional
    public void recordInitialInspection(String taskId, String userId, LocalDate inspectedOn, boolean passed,
                                        String findings) {
        List<FieldProblem> problems = new ArrayList<>();
        if (inspectedOn == null) {
            problems.add(FieldProblem.of("inspectedOn", "validation.required"));
        } else if (inspectedOn.isAfter(LocalDate.now(clock))) {
            problems.add(FieldProblem.of("inspectedOn", "assurance.inspectedOn.future"));
        }
        Checks.text(problems, "findings", findings, MAX_TEXT, !passed);
        refuse(problems);
        InboxRow task = take(taskId, userId, AssuranceProcess.RECORD_INITIAL_INSPECTION);
        AssuranceRequest request = lock(task);
        if (request.getClearanceStartedAt() != null
                && inspectedOn.isBefore(request.getClearanceStartedAt().toLocalDate().minusYears(1))) {
            refuse(List.of(FieldProblem.of("inspectedOn", "assurance.inspectedOn.tooOld")));
        }
        request.recordInspection(inspectedOn, passed, strip(findings), people.languageOf(userId), userId);
        complete(task, userId, ProcessValues.none(), "FSC_INSPECTION_RECORDED", passed ? "PASSED" : "FAILED");
    }

    /**
     * The decision on the national clearance, which is the final reply: a grant enters the clearance in the register
     * (level, storage level, expiry, the officers appointed); a refusal leaves the facility without a clearance and
     * needs the reference of its reasons file (a company may challenge it). A failed inspection cannot be followed
     * by a grant.
     */
    @Transactional
    public void decideClearance(String taskId, String userId, ClearanceDecision decision, String levelId,
                                String storageLevelId, LocalDate expiresOn, String reasonsReference) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(FieldProblem.of("decision", "validation.required"));
        }
        Checks.line(problems, "reasonsReference", reasonsReference, FacilityClearances.MAX_REASONS_REFERENCE,
                decision == ClearanceDecision.REFUSED);
        refuse(problems);
        InboxRow task = take(taskId, userId, AssuranceProcess.DECIDE_CLEARANCE);
        AssuranceRequest request = lock(task);
        FacilityClearance clearance;
        if (decision == ClearanceDecision.GRANTED) {
            if (Boolean.FALSE.equals(request.getInspectionPassed())) {
                refuse(List.of(FieldProblem.of("decision", "assurance.grant.inspectionFailed")));
            }
            FacilityClearance now = clearance(request, userId);
            try {
                clearance = clearances.grantNationalClearance(request.getFacilityId(), userId, new ClearanceChange(
                        FscStatus.VALID, levelId, storageLevelId, expiresOn, now.restrictions(),
                        request.getReceivingAuthorityId(),
                        request.getAppointedSecurityOfficer(), request.getAppointedDeputy(), null,
                        "National clearance granted, " + request.getReference()));
            } catch (ClearanceChangeRefusedException refused) {
                throw new InvalidAssuranceRequestException(refused.problems());
            }
        } else {
            clearance = clearances.refuseNationalClearance(request.getFacilityId(), userId,
                    "National clearance refused, " + request.getReference() + "; reasons file "
                            + reasonsReference.strip());
        }
        OffsetDateTime now = now();
        request.recordClearanceDecision(decision, decision == ClearanceDecision.REFUSED ? reasonsReference.strip()
                : null, userId, now);
        request.recordReply(clearance, request.getReplyNote(), request.getReplyLanguage(), userId, now, false);
        complete(task, userId, ProcessValues.none(), "FSC_NATIONAL_CLEARANCE_DECIDED", decision.name());
    }

    /** The requesting authority escalated the overdue reply authority to authority, and says how. */
    @Transactional
    public void escalate(String taskId, String userId, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "note", note, MAX_TEXT, true);
        refuse(problems);
        InboxRow task = take(taskId, userId, AssuranceProcess.ESCALATE_OVERDUE_REPLY);
        lock(task).recordEscalation(note.strip(), userId, now());
        complete(task, userId, ProcessValues.none(), "FSC_ASSURANCE_ESCALATED", null);
    }

    /** The requesting authority read the final reply and recorded the assurance: the case closes. */
    @Transactional
    public void takeNoteOfReply(String taskId, String userId, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "note", note, MAX_TEXT, false);
        refuse(problems);
        InboxRow task = take(taskId, userId, AssuranceProcess.TAKE_NOTE_OF_REPLY);
        lock(task).close(strip(note), people.languageOf(userId), userId, now());
        complete(task, userId, ProcessValues.none(), "FSC_ASSURANCE_RECORDED", null);
    }

    private FacilityClearance clearance(AssuranceRequest request, String userId) {
        return clearances.clearance(request.getFacilityId(), userId).orElseThrow(() ->
                new IllegalStateException("Facility " + request.getFacilityId() + " of " + request + " is gone"));
    }

    private InboxRow take(String taskId, String userId, String taskKey) {
        return userTasks.take(taskId, userId, AssuranceProcess.PROCESS_KEY, taskKey);
    }

    private AssuranceRequest lock(InboxRow task) {
        return requests.lockByReference(task.reference())
                .orElseThrow(() -> new AssuranceRequestNotFoundException(task.reference()));
    }

    private void complete(InboxRow task, String userId, ProcessValues values, String action, String details) {
        userTasks.complete(task, userId, values, action, details);
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

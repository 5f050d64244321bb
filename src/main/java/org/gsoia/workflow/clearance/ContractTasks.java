package org.gsoia.workflow.clearance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.clearance.AssuranceRequests.Checks;
import org.gsoia.workflow.clearance.process.ContractProcess;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskSituation;
import org.gsoia.workflow.task.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contractor's security officer submits a periodic report on a classified contract (DE: half-yearly). */
@Service
public class ContractTasks {

    private final ContractRepository contracts;
    private final ClassifiedContracts classifiedContracts;
    private final UserTasks userTasks;
    private final People people;
    private final Clock clock;

    ContractTasks(ContractRepository contracts, ClassifiedContracts classifiedContracts, UserTasks userTasks,
                  People people, Clock clock) {
        this.contracts = contracts;
        this.classifiedContracts = classifiedContracts;
        this.userTasks = userTasks;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String reference, String userId) {
        return userTasks.workableOf(reference, userId, ContractProcess.PROCESS_KEY);
    }

    @Transactional(readOnly = true)
    public TaskSituation situation(InboxRow task, Locale locale) {
        return userTasks.situation(task, locale);
    }

    /** The due date of the report the open task asks for: the next one after those on file. */
    @Transactional(readOnly = true)
    public java.time.LocalDate dueOnOfNextReport(ClassifiedContract contract) {
        return classifiedContracts.reportDueOn(contract, contract.getReports().size() + 1);
    }

    /**
     * The contracting party's authority records how the information released to the contractor was secured after
     * its clearance changed (retrieved, or why it is safe where it is; a breach case if information is at risk).
     */
    @Transactional
    public void secureInformation(String taskId, String userId, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "securedNote", note, AssuranceRequests.MAX_TEXT, true);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        InboxRow task = userTasks.take(taskId, userId, ContractProcess.PROCESS_KEY,
                ContractProcess.SECURE_INFORMATION);
        ClassifiedContract contract = contracts.lockByReference(task.reference())
                .orElseThrow(() -> new ClassifiedContracts.ContractNotFoundException(task.reference()));
        contract.secured(note.strip(), people.languageOf(userId), userId, OffsetDateTime.now(clock));
        userTasks.complete(task, userId, ProcessValues.none(), "CONTRACT_INFORMATION_SECURED", null);
    }

    /**
     * Records the report and sets the next one's due date. A report that states changes (owner, security officer,
     * storage, staff) must say what changed.
     */
    @Transactional
    public void submitReport(String taskId, String userId, boolean changesReported, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "reportNote", note, AssuranceRequests.MAX_TEXT, changesReported);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        InboxRow task = userTasks.take(taskId, userId, ContractProcess.PROCESS_KEY, ContractProcess.SUBMIT_REPORT);
        ClassifiedContract contract = contracts.lockByReference(task.reference())
                .orElseThrow(() -> new ClassifiedContracts.ContractNotFoundException(task.reference()));
        int n = contract.getReports().size() + 1;
        String text = note == null || note.isBlank() ? null : note.strip();
        contract.recordReport(classifiedContracts.reportDueOn(contract, n), changesReported, text,
                text == null ? null : people.languageOf(userId), userId, OffsetDateTime.now(clock));
        userTasks.complete(task, userId, ProcessValues.of(ContractProcess.REPORT_DUE_AT,
                classifiedContracts.reportDueAt(contract, n + 1)), "CONTRACT_REPORT_SUBMITTED",
                changesReported ? "changes" : "no changes");
    }
}

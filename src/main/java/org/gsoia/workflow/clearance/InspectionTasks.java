package org.gsoia.workflow.clearance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.clearance.process.InspectionProcess;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskSituation;
import org.gsoia.workflow.task.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The authority's two tasks of an inspection: record its result, then confirm its corrective actions done. */
@Service
public class InspectionTasks {

    private final FacilityInspections inspections;
    private final UserTasks userTasks;

    InspectionTasks(FacilityInspections inspections, UserTasks userTasks) {
        this.inspections = inspections;
        this.userTasks = userTasks;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String reference, String userId) {
        return userTasks.workableOf(reference, userId, InspectionProcess.PROCESS_KEY);
    }

    @Transactional(readOnly = true)
    public TaskSituation situation(InboxRow task, Locale locale) {
        return userTasks.situation(task, locale);
    }

    /**
     * Records the inspection's result. An outcome other than satisfactory needs a summary; the findings added so far
     * decide whether corrective actions are followed up. The next periodic inspection is planned.
     */
    @Transactional
    public void recordResult(String taskId, String userId, LocalDate inspectedOn, String inspector,
                             FacilityInspection.Outcome outcome, String summary) {
        InboxRow task = userTasks.take(taskId, userId, InspectionProcess.PROCESS_KEY, InspectionProcess.CARRY_OUT);
        // refused input rolls the whole transaction back, the task's claim included
        List<FieldProblem> problems = inspections.resultProblems(task.reference(), inspectedOn, inspector, outcome,
                summary);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        FacilityInspection inspection = inspections.recordResult(task.reference(), inspectedOn, inspector, outcome,
                summary, userId);
        userTasks.complete(task, userId, ProcessValues.of(InspectionProcess.ACTIONS_OPEN,
                inspection.openActions() > 0), "INSPECTION_RECORDED", outcome.name());
    }

    /** Confirms that every corrective action is done; refused while any is open. */
    @Transactional
    public void confirmActionsDone(String taskId, String userId) {
        InboxRow task = userTasks.take(taskId, userId, InspectionProcess.PROCESS_KEY, InspectionProcess.FOLLOW_UP);
        FacilityInspection inspection = inspections.byReference(task.reference()).orElseThrow();
        if (inspection.openActions() > 0) {
            throw new InvalidAssuranceRequestException(List.of(FieldProblem.of("actions",
                    "validation.inspection.actionsOpen", inspection.openActions())));
        }
        inspections.followUpDone(task.reference());
        userTasks.complete(task, userId, ProcessValues.none(), "INSPECTION_ACTIONS_DONE", task.reference());
    }
}

package org.gsoia.workflow.clearance;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the engine's own steps record on an assurance request: an overdue reply, a status update. */
@Service
@Transactional
public class AssuranceProgress {

    private final AssuranceRequestRepository requests;
    private final AssuranceUpdateRepository updates;
    private final TaskService taskService;
    private final AuditLog auditLog;
    private final Clock clock;

    AssuranceProgress(AssuranceRequestRepository requests, AssuranceUpdateRepository updates, TaskService taskService,
                      AuditLog auditLog, Clock clock) {
        this.requests = requests;
        this.updates = updates;
        this.taskService = taskService;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The reply deadline passed: the case shows it, and the requesting authority's escalation task follows. */
    public void markReplyOverdue(String reference) {
        request(reference).markReplyOverdue();
        auditLog.record("system", "FSC_ASSURANCE_REPLY_OVERDUE", reference, null);
    }

    /** A status update to the requesting authority: which step of the national clearance is under way now. */
    public void sendStatusUpdate(String reference, String processInstanceId) {
        AssuranceRequest request = request(reference);
        String stage = taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).filter(AssuranceProcess.NATIONAL_CLEARANCE_STEPS::contains)
                .findFirst().orElse(AssuranceProcess.RECORD_COMPANY_DATA);
        updates.save(new AssuranceUpdate(request.getId(), OffsetDateTime.now(clock), stage));
        auditLog.record("system", "FSC_ASSURANCE_STATUS_UPDATE", reference, stage);
    }

    private AssuranceRequest request(String reference) {
        return requests.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("Process for unknown assurance request " + reference));
    }
}

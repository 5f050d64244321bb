package org.gsoia.workflow.visit;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The officers' steps the demo data takes through the real services, shared by the demo's current and past cases. */
@Component
@Profile("demo")
class VisitDemoSteps {

    private final VisitTasks tasks;
    private final VisitRequestRepository requests;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    VisitDemoSteps(VisitTasks tasks, VisitRequestRepository requests, ManagementService managementService,
                   RuntimeService runtimeService) {
        this.tasks = tasks;
        this.requests = requests;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No task " + key + " on " + reference + " for " + userId))
                .id();
    }

    void certify(String reference, String officer) {
        tasks.certify(task(reference, officer, "certifyClearances"), officer, true, null);
    }

    void returnBySendingAuthority(String reference, String officer) {
        tasks.certify(task(reference, officer, "certifyClearances"), officer, false,
                "The clearance of the second visitor expires before the visit ends; please replace the visitor.");
    }

    /** Decides at the request's own level; a rejection is for lack of need-to-know. */
    void decide(String reference, String officer, HostAuthorityDecision decision, String reason) {
        VisitRequest request = requests.findByReference(reference).orElseThrow();
        String conditions = decision == HostAuthorityDecision.APPROVE_WITH_CONDITIONS
                ? "Access to the test hall only; no release of design documents." : null;
        tasks.decide(task(reference, officer, "reviewRequest"), officer, decision, request.getLevelId(), conditions,
                decision == HostAuthorityDecision.REJECT ? RejectionReason.NO_NEED_TO_KNOW : null, reason);
    }

    void confirm(String reference, String officer) {
        tasks.confirm(task(reference, officer, "confirmDecision"), officer, true, null);
    }

    void acknowledge(String reference, String facilityOfficer) {
        tasks.acknowledge(task(reference, facilityOfficer, "acknowledgeNotice"), facilityOfficer);
    }

    void handleEscalation(String reference, String officer) {
        tasks.handleEscalation(task(reference, officer, "handleEscalation"), officer,
                "Reviewer was absent; the deputy took the case over.");
    }

    String processInstanceId(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()
                .getId();
    }

    /** Brings the case's latest pending deadline forward: the escalation or the expiry of a recurring approval. */
    void fireLatestTimer(String reference) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(processInstanceId(reference))
                .timers().orderByJobDuedate().desc().list();
        if (!timers.isEmpty()) {
            managementService.executeJob(timers.get(0).getId());
        }
    }
}

package org.gsoia.workflow.visit.demo;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gsoia.workflow.demo.DemoClock;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users' steps on a visit request, through the real services, each at the moment the demo clock says;
 * shared by the demo's current and past cases.
 */
@Component
@Profile("demo")
class VisitDemoSteps {

    private final VisitRequests visitRequests;
    private final VisitTasks tasks;
    private final RuntimeService runtimeService;
    private final DemoClock clock;

    VisitDemoSteps(VisitRequests visitRequests, VisitTasks tasks, RuntimeService runtimeService, DemoClock clock) {
        this.visitRequests = visitRequests;
        this.tasks = tasks;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Files the request at the moment; its reference. */
    String file(String applicant, VisitRequestData data, Instant at) {
        clock.setTo(at);
        return visitRequests.submit(data, applicant).getReference();
    }

    /** Moves the case's time on to the moment, firing the timers that fall due before it (if it is still open). */
    void waitUntil(String reference, Instant moment) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(VisitProcess.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult();
        if (instance == null) {
            clock.setTo(moment);
        } else {
            clock.moveTo(moment, instance.getId());
        }
    }

    void certify(String reference, String officer) {
        tasks.certify(task(reference, officer, VisitProcess.CERTIFY_CLEARANCES), officer, true, null);
    }

    void returnBySendingAuthority(String reference, String officer) {
        tasks.certify(task(reference, officer, VisitProcess.CERTIFY_CLEARANCES), officer, false,
                words(officer, "return"));
    }

    /**
     * Decides at the request's own level; a question asks for the contract, a rejection is for lack of need-to-know,
     * conditions limit the visit to the test hall. Officers write in their own language.
     */
    void decide(String reference, String officer, HostAuthorityDecision decision) {
        VisitRequest request = visitRequests.find(reference, officer).orElseThrow();
        String conditions = decision == HostAuthorityDecision.APPROVE_WITH_CONDITIONS ? words(officer, "conditions")
                : null;
        String reason = switch (decision) {
            case REQUEST_INFORMATION -> words(officer, "question");
            case REJECT -> words(officer, "rejection");
            default -> null;
        };
        tasks.decide(task(reference, officer, VisitProcess.REVIEW_REQUEST), officer, decision, request.getLevelId(),
                conditions, decision == HostAuthorityDecision.REJECT ? RejectionReason.NO_NEED_TO_KNOW : null, reason);
    }

    /** What an officer of the German or the Japanese authority writes, in their language. */
    private String words(String officer, String what) {
        return WORDS.get(officer.startsWith("officer.jp") ? "ja" : "de").get(what);
    }

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "de", Map.of(
                    "return", "Die Ermächtigung des zweiten Besuchers läuft vor Ende des Besuchs ab; bitte ersetzen Sie ihn.",
                    "question", "Bitte nennen Sie den Vertrag, unter dem die Testdaten gezeigt werden.",
                    "rejection", "Für die beantragten Orte ist keine Kenntnisnotwendigkeit dargelegt.",
                    "conditions", "Zutritt nur zur Versuchshalle; keine Herausgabe von Konstruktionsunterlagen.",
                    "escalation", "Der Sachbearbeiter war abwesend; die Vertretung hat den Vorgang übernommen."),
            "ja", Map.of(
                    "return", "2人目の訪問者のクリアランスは訪問終了前に失効します。訪問者を差し替えてください。",
                    "question", "試験データを提示する根拠となる契約名を記載してください。",
                    "rejection", "申請された訪問場所について、知る必要性が示されていません。",
                    "conditions", "試験棟への立入りのみ。設計資料の開示は認めない。",
                    "escalation", "担当者が不在のため、代理が案件を引き継ぎました。"));

    void confirm(String reference, String officer) {
        tasks.confirm(task(reference, officer, VisitProcess.CONFIRM_DECISION), officer, true, null);
    }

    void acknowledge(String reference, String facilityOfficer) {
        tasks.acknowledge(task(reference, facilityOfficer, VisitProcess.ACKNOWLEDGE_NOTICE), facilityOfficer);
    }

    /** Handles the escalation if the decision deadline passed (the timer fired); false when there is none. */
    boolean handleEscalation(String reference, String officer) {
        return tasks.openTasksOf(reference, officer).stream()
                .filter(t -> t.taskKey().equals(VisitProcess.HANDLE_ESCALATION)).findFirst()
                .map(t -> {
                    tasks.handleEscalation(t.taskId(), officer, words(officer, "escalation"));
                    return true;
                }).orElse(false);
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .map(InboxRow::taskId)
                .orElseThrow(() -> new IllegalStateException("No task " + key + " on " + reference + " for " + userId));
    }
}

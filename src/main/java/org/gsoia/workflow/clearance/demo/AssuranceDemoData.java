package org.gsoia.workflow.clearance.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.gsoia.workflow.demo.DemoData;
import org.camunda.bpm.engine.HistoryService;
import org.gsoia.workflow.clearance.AssuranceReason;
import org.gsoia.workflow.clearance.AssuranceRequestData;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.clearance.AssuranceTasks;
import org.gsoia.workflow.clearance.PscReminders;
import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.gsoia.workflow.demo.DemoClock;
import org.gsoia.workflow.task.InboxRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: FSC assurance requests in every state, in both directions, driven through the real services
 * as the industrial-security officers would, on the demo clock: one awaiting its reply, one whose national clearance
 * runs (with a monthly status update sent), one whose reply deadline passed and was escalated, one answered and
 * awaiting the requester, one recorded, one withdrawn. Runs once, on a database without assurance requests.
 */
@Component
@Profile("demo")
@Order(30)
class AssuranceDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(AssuranceDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);

    private final AssuranceRequests requests;
    private final AssuranceTasks tasks;
    private final HistoryService historyService;
    private final DemoClock clock;
    private final PscReminders reminders;

    AssuranceDemoData(AssuranceRequests requests, AssuranceTasks tasks, HistoryService historyService, DemoClock clock, PscReminders reminders) {
        this.reminders = reminders;
        this.requests = requests;
        this.tasks = tasks;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Override
    public void seed() {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AssuranceProcess.PROCESS_KEY)
                .count() > 0) {
            return;
        }
        Instant now = clock.now();
        clock.travel(() -> build(now));
        // the morning sweep would open them tomorrow; the demo shows them at once
        log.info("Demo FSC assurance requests ready; {} personnel-clearance expiry reminders opened",
                reminders.openDueReminders());
    }

    private void build(Instant now) {
        // Japan asks about German companies
        file("security.jp1", now.minus(DAY.multipliedBy(2)), request("DE-NORDWERK-BRE", "ATLA 契約管理課",
                AssuranceReason.TENDER, "JP-GOKUHI", "JP-HI", null, false), now, r -> { });
        file("security.jp2", now.minus(DAY.multipliedBy(45)), request("DE-RHEINTAL-ULM",
                "さくら航空宇宙株式会社 アビオニクス計画", AssuranceReason.SUBCONTRACT, "JP-GOKUHI", null,
                "SAK-2026-117", false), now, r -> {
            step(r, now.minus(DAY.multipliedBy(42)), AssuranceProcess.REPLY_TO_REQUEST, "security.de1",
                    id -> tasks.reply(id, "security.de1", "Antrag auf Sicherheitsbescheid liegt seit September vor."));
            step(r, now.minus(DAY.multipliedBy(30)), AssuranceProcess.RECORD_COMPANY_DATA, "security.de2",
                    id -> tasks.recordCompanyData(id, "security.de2",
                            "Rheintal Holding AG, Konstanz (100 %); keine ausländischen Beteiligungen", false));
        });
        file("security.jp1", now.minus(DAY.multipliedBy(60)), request("DE-NORDWERK-KEL",
                "湊重工業株式会社 防衛事業部", AssuranceReason.CONTRACT, "JP-HI", null, "MHI-DE-0031", false), now, r -> {
            step(r, now.minus(DAY.multipliedBy(55)), AssuranceProcess.REPLY_TO_REQUEST, "security.de2",
                    id -> tasks.reply(id, "security.de2", null));
            step(r, now.minus(DAY.multipliedBy(53)), AssuranceProcess.TAKE_NOTE_OF_REPLY, "security.jp1",
                    id -> tasks.takeNoteOfReply(id, "security.jp1", "契約締結は見合わせ。"));
        });
        // Germany asks about Japanese companies
        file("security.de1", now.minus(DAY.multipliedBy(30)), request("JP-MINATO-KOB",
                "Nordwerk Systemtechnik GmbH", AssuranceReason.PRE_CONTRACT, "DE-GEHEIM", "DE-VSV", null, true), now,
                r -> step(r, now.minus(DAY.multipliedBy(2)), AssuranceProcess.ESCALATE_OVERDUE_REPLY, "security.de1",
                        id -> tasks.escalate(id, "security.de1", "Erinnerung an ATLA per Schreiben vom heutigen Tag.")));
        file("security.de2", now.minus(DAY.multipliedBy(9)), request("JP-SAKURA-NGO", "BAAINBw, Projekt K-130",
                AssuranceReason.CONTRACT, "DE-GEHEIM", "DE-GEHEIM", "BAAINBw-K130-2026-04", true), now, r ->
                step(r, now.minus(DAY.multipliedBy(4)), AssuranceProcess.REPLY_TO_REQUEST, "security.jp2",
                        id -> tasks.reply(id, "security.jp2", "有効な施設クリアランスを保有しています。")));
        file("security.de1", now.minus(DAY.multipliedBy(20)), request("JP-MINATO-YOK", "Rheintal Avionik GmbH",
                AssuranceReason.TENDER, "DE-VSV", null, null, false), now, r -> {
            clock.setTo(now.minus(DAY.multipliedBy(18)));
            requests.withdraw(r, "Ausschreibung aufgehoben.", "security.de1", null);
        });
    }

    private static AssuranceRequestData request(String facilityId, String contractingEntity, AssuranceReason reason,
                                                String level, String storageLevel, String contractReference,
                                                boolean sponsorship) {
        return new AssuranceRequestData(facilityId, contractingEntity, reason, level, storageLevel, contractReference,
                false, sponsorship);
    }

    /** Files at the moment, lets the demo users work on it, then lets its time run on to the present. */
    private void file(String officer, Instant at, AssuranceRequestData data, Instant now, Consumer<String> course) {
        try {
            clock.setTo(at);
            String reference = requests.file(data, officer).getReference();
            course.accept(reference);
            moveTo(reference, now);
        } catch (RuntimeException failed) {
            log.error("Could not build a demo assurance request about {}", data.facilityId(), failed);
        }
    }

    private void step(String reference, Instant at, String taskKey, String officer, Consumer<String> work) {
        moveTo(reference, at);
        InboxRow task = tasks.openTasksOf(reference, officer).stream().filter(t -> t.taskKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new IllegalStateException(officer + " has no " + taskKey));
        work.accept(task.taskId());
    }

    private void moveTo(String reference, Instant moment) {
        clock.moveCaseTo(AssuranceProcess.PROCESS_KEY, reference, moment);
    }
}

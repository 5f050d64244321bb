package org.gsoia.workflow.clearance.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gsoia.workflow.demo.DemoData;
import org.camunda.bpm.engine.HistoryService;
import org.gsoia.workflow.clearance.FacilityInspection;
import org.gsoia.workflow.clearance.FacilityInspections;
import org.gsoia.workflow.clearance.InspectionFinding;
import org.gsoia.workflow.clearance.InspectionFindingData;
import org.gsoia.workflow.clearance.InspectionTasks;
import org.gsoia.workflow.clearance.process.InspectionProcess;
import org.gsoia.workflow.demo.DemoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: inspections worked through the real services on the demo clock. BMWE inspected Nordwerk Bremen
 * two years ago without findings, so its periodic inspection is due within the month and waits in BMWE's inbox;
 * ATLA inspected Sakura Nagoya two months ago with two findings, one corrected and one overdue, so the follow-up
 * waits in ATLA's inbox. Runs once, on a database without inspections.
 */
@Component
@Profile("demo")
@Order(32)
class InspectionDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);

    private final FacilityInspections inspections;
    private final InspectionTasks tasks;
    private final HistoryService historyService;
    private final DemoClock clock;

    InspectionDemoData(FacilityInspections inspections, InspectionTasks tasks, HistoryService historyService, DemoClock clock) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Override
    public void seed() {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(InspectionProcess.PROCESS_KEY)
                .count() > 0) {
            return;
        }
        Instant now = clock.now();
        try {
            clock.travel(() -> build(now));
            log.info("Demo inspections ready");
        } catch (RuntimeException failed) {
            log.error("Could not build the demo inspections", failed);
        }
    }

    private void build(Instant now) {
        // Nordwerk Bremen: inspected without findings 715 days ago; the next periodic one falls due in two weeks
        clock.setTo(now.minus(DAY.multipliedBy(730)));
        String bremen = inspections.plan("DE-NORDWERK-BRE", FacilityInspection.Kind.INITIAL,
                day(now.minus(DAY.multipliedBy(715)), "Europe/Berlin"), "security.de1").getReference();
        moveTo(bremen, now.minus(DAY.multipliedBy(715)));
        record(bremen, "security.de2", day(now.minus(DAY.multipliedBy(715)), "Europe/Berlin"),
                "Dr. Petra Lang (BMWE)", FacilityInspection.Outcome.SATISFACTORY, null);

        // Sakura Nagoya: two findings two months ago; the cabinet is replaced, the briefing is overdue
        clock.setTo(now.minus(DAY.multipliedBy(75)));
        String nagoya = inspections.plan("JP-SAKURA-NGO", FacilityInspection.Kind.PERIODIC,
                day(now.minus(DAY.multipliedBy(60)), "Asia/Tokyo"), "security.jp1").getReference();
        moveTo(nagoya, now.minus(DAY.multipliedBy(60)));
        finding(nagoya, "保管庫の施錠記録が一部欠落している。", InspectionFinding.Severity.MINOR,
                "施錠記録簿を日次で点検し、欠落時は保全責任者へ報告する。", "保全責任者 田中 誠",
                day(now.minus(DAY.multipliedBy(30)), "Asia/Tokyo"));
        finding(nagoya, "新規従事者2名に対する保全教育が未実施。", InspectionFinding.Severity.MAJOR,
                "保全教育を実施し、受講記録を提出する。", "総務部長 鈴木 一郎",
                day(now.minus(DAY.multipliedBy(5)), "Asia/Tokyo"));
        record(nagoya, "security.jp2", day(now.minus(DAY.multipliedBy(60)), "Asia/Tokyo"), "林 裕子（防衛装備庁）",
                FacilityInspection.Outcome.DEFICIENCIES, "軽微な指摘1件、重大な指摘1件。是正措置の完了を確認する。");
        clock.setTo(now.minus(DAY.multipliedBy(20)));
        FacilityInspection inspection = inspections.byReference(nagoya).orElseThrow();
        inspections.markActionDone(nagoya, inspection.getFindings().get(0).getId(), inspection.getVersion(),
                "点検手順を改訂し、記録簿を確認した。", "security.jp1");
        moveTo(bremen, now);
        moveTo(nagoya, now);
        inspections.ofFacility("DE-NORDWERK-BRE", "security.de1").stream()
                .filter(i -> i.getStatus() == FacilityInspection.Status.PLANNED)
                .forEach(i -> moveTo(i.getReference(), now));
    }

    private void finding(String reference, String description, InspectionFinding.Severity severity, String action,
                         String owner, LocalDate due) {
        inspections.addFinding(reference, inspections.byReference(reference).orElseThrow().getVersion(),
                new InspectionFindingData(description, severity, action, owner, due), "security.jp2");
    }

    private void record(String reference, String officer, LocalDate on, String inspector,
                        FacilityInspection.Outcome outcome, String summary) {
        tasks.openTasksOf(reference, officer).stream().findFirst().ifPresent(task ->
                tasks.recordResult(task.taskId(), officer, on, inspector, outcome, summary));
    }

    private static LocalDate day(Instant instant, String zone) {
        return LocalDate.ofInstant(instant, ZoneId.of(zone));
    }

    private void moveTo(String reference, Instant moment) {
        clock.moveCaseTo(InspectionProcess.PROCESS_KEY, reference, moment);
    }
}

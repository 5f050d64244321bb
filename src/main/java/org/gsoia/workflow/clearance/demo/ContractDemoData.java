package org.gsoia.workflow.clearance.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gsoia.workflow.demo.DemoData;
import org.camunda.bpm.engine.HistoryService;
import org.gsoia.workflow.clearance.ClassifiedContract;
import org.gsoia.workflow.clearance.ClassifiedContractData;
import org.gsoia.workflow.clearance.ClassifiedContracts;
import org.gsoia.workflow.clearance.ContractTasks;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.process.ContractProcess;
import org.gsoia.workflow.demo.DemoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: classified contracts in every state, recorded and worked through the real services on the
 * demo clock. ATLA's contract with Nordwerk Bremen has items released, one ready, staff named, a subcontract consent,
 * one half-yearly report on file and the next one due in Nordwerk's inbox; BMWE's contract with Sakura Nagoya waits
 * for ATLA to name Sakura's staff (its item is blocked); ATLA's contract with Rheintal Mannheim is blocked by the
 * suspended FSC; an older contract with Nordwerk Kiel is closed out. Runs once, on a database without contracts.
 */
@Component
@Profile("demo")
@Order(31)
class ContractDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(ContractDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);
    private static final String ATLA_CLAUSE = "受注者は、本契約に関して提供される秘密情報を、日独情報保護協定及び我が国の"
            + "関係法令に従って保護しなければならない。下請負には防衛装備庁の事前の書面による同意を要する。";
    private static final String BAAINBW_CLAUSE = "Der Auftragnehmer schützt die im Rahmen dieses Auftrags überlassenen"
            + " Verschlusssachen nach dem deutsch-japanischen Geheimschutzabkommen und den Vorschriften seines Staates."
            + " Unteraufträge bedürfen der vorherigen schriftlichen Zustimmung der zuständigen Behörde.";

    private final ClassifiedContracts contracts;
    private final ContractTasks tasks;
    private final HistoryService historyService;
    private final DemoClock clock;

    ContractDemoData(ClassifiedContracts contracts, ContractTasks tasks, HistoryService historyService, DemoClock clock) {
        this.contracts = contracts;
        this.tasks = tasks;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Override
    public void seed() {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ContractProcess.PROCESS_KEY)
                .count() > 0) {
            return;
        }
        Instant now = clock.now();
        try {
            clock.travel(() -> build(now));
            log.info("Demo classified contracts ready");
        } catch (RuntimeException failed) {
            log.error("Could not build the demo classified contracts", failed);
        }
    }

    private void build(Instant now) {
        // ATLA → Nordwerk Bremen: the running contract, with a report on file and the next one due
        clock.setTo(now.minus(DAY.multipliedBy(380)));
        String bremen = contracts.record(new ClassifiedContractData("防衛装備庁 プロジェクト管理部",
                "ATLA-2025-K-0815", "Sensor fusion study for the maritime patrol radar", "DE-NORDWERK-BRE",
                "JP-GOKUHI", ATLA_CLAUSE, "ATLA SAL 2026-17"), "security.jp1").getReference();
        Long icd = item(bremen, "Interface control document, issue 3", "JP-GOKUHI");
        Long plan = item(bremen, "Environmental qualification test plan", "JP-HI");
        item(bremen, "Radar cross-section data set 2025-11", "JP-GOKUHI");
        clock.setTo(now.minus(DAY.multipliedBy(378)));
        ClassifiedContract contract = read(bremen);
        for (PersonnelClearance person : contracts.staffCandidates(contract)) {
            contracts.nameStaff(bremen, read(bremen).getVersion(), person.getId(), "security.de1");
        }
        clock.setTo(now.minus(DAY.multipliedBy(370)));
        contracts.recordConsent(bremen, read(bremen).getVersion(), "DE-NORDWERK-KEL", "BMWE-GS-2026-0412",
                LocalDate.ofInstant(now.minus(DAY.multipliedBy(371)), ZoneId.of("Europe/Berlin")), "security.de2");
        clock.setTo(now.minus(DAY.multipliedBy(365)));
        contracts.release(bremen, icd, read(bremen).getVersion(), "security.jp1");
        contracts.release(bremen, plan, read(bremen).getVersion(), "security.jp1");

        // BMWE → Sakura Nagoya: ATLA has not named Sakura's staff yet, so nothing can be released
        clock.setTo(now.minus(DAY.multipliedBy(20)));
        String nagoya = contracts.record(new ClassifiedContractData(
                "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr", "Q/U2AB/KA123/Z4711",
                "Avionics test bench integration", "JP-SAKURA-NGO", "DE-GEHEIM", BAAINBW_CLAUSE,
                "VS-Einstufungsliste BAAINBw 2026/33"), "security.de1").getReference();
        item(nagoya, "Schnittstellenbeschreibung Avionik, Ausgabe 2", "DE-VSV");

        // ATLA → Rheintal Mannheim, whose FSC BMWE suspends in the demo: the gate holds everything back
        clock.setTo(now.minus(DAY.multipliedBy(12)));
        String mannheim = contracts.record(new ClassifiedContractData("さくら航空宇宙株式会社", "SAK-2026-204",
                "Flight control actuator qualification", "DE-RHEINTAL-MAN", "JP-HI", ATLA_CLAUSE,
                "SAK SAL 2026-04"), "security.jp2").getReference();
        item(mannheim, "Actuator load spectrum", "JP-HI");

        // ATLA → Nordwerk Kiel: an older contract, one report on file, closed out a month ago
        clock.setTo(now.minus(DAY.multipliedBy(400)));
        String kiel = contracts.record(new ClassifiedContractData("防衛装備庁 装備開発官", "ATLA-2025-K-0233",
                "Hull sonar array trade study", "DE-NORDWERK-KEL", "JP-HI", ATLA_CLAUSE, "ATLA SAL 2025-05"),
                "security.jp1").getReference();
        item(kiel, "Sonar array trade-off report", "JP-HI");
        moveTo(kiel, now.minus(DAY.multipliedBy(210)));
        report(kiel, false, null);
        moveTo(kiel, now.minus(DAY.multipliedBy(30)));
        contracts.close(kiel, read(kiel).getVersion(), "Alle VS zurückgegeben; Rückgabebescheinigung BMWE-R-2026-118"
                + " vom Auftragnehmer bestätigt.", "security.jp1");

        // Bremen's report for the first half-year is on file; the second half-year's fell due a fortnight ago
        moveTo(bremen, now.minus(DAY.multipliedBy(190)));
        report(bremen, true, "Neue stellvertretende Sicherheitsbevollmächtigte seit 1. Oktober: Miriam Okafor.");
        moveTo(bremen, now);
        moveTo(nagoya, now);
        moveTo(mannheim, now);
    }

    private Long item(String reference, String title, String levelId) {
        ClassifiedContract contract = read(reference);
        return contracts.addItem(reference, contract.getVersion(), title, levelId, contract.getRecordedBy()).getId();
    }

    private void report(String reference, boolean changes, String note) {
        tasks.openTasksOf(reference, "applicant.de").stream().findFirst().ifPresent(task ->
                tasks.submitReport(task.taskId(), "applicant.de", changes, note));
    }

    private ClassifiedContract read(String reference) {
        // BMWE's officers read every demo contract (Germany is on one side of each), items and staff included
        return contracts.find(reference, "security.de1").orElseThrow();
    }

    private void moveTo(String reference, Instant moment) {
        clock.moveCaseTo(ContractProcess.PROCESS_KEY, reference, moment);
    }
}

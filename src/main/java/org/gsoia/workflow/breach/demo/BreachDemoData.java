package org.gsoia.workflow.breach.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.gsoia.workflow.demo.DemoData;
import org.camunda.bpm.engine.HistoryService;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachItemData;
import org.gsoia.workflow.breach.BreachReportData;
import org.gsoia.workflow.breach.BreachRules;
import org.gsoia.workflow.breach.BreachTasks;
import org.gsoia.workflow.breach.Investigation;
import org.gsoia.workflow.breach.Transmission;
import org.gsoia.workflow.breach.TransmissionData;
import org.gsoia.workflow.breach.Transmissions;
import org.gsoia.workflow.breach.process.TransmissionProcess;
import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.demo.DemoClock;
import org.gsoia.workflow.task.InboxRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: breach cases in every state, worked through the real services on the demo clock. A loss at
 * Rheintal reported minutes ago waits for its security officer; a suspected compromise at Sakura was never opened, so
 * both its targets escalated (Japan names a head of authority); one at Nordwerk waits for BMWE's initial
 * notification; one at Minato is under investigation with an interim report; one at Rheintal waits for Japan's review
 * of the final report; one at Nordwerk Kiel is closed with an overdue corrective action; and one turned out not to be a
 * breach. Runs once, on a database without breach cases.
 */
@Component
@Profile("demo")
@Order(40)
class BreachDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(BreachDemoData.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final BreachCases cases;
    private final BreachTasks tasks;
    private final BreachRules rules;
    private final Transmissions transmissions;
    private final HistoryService historyService;
    private final DemoClock clock;

    BreachDemoData(BreachCases cases, BreachTasks tasks, BreachRules rules, Transmissions transmissions,
                   HistoryService historyService, DemoClock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.rules = rules;
        this.transmissions = transmissions;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Override
    public void seed() {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(BreachProcess.PROCESS_KEY)
                .count() > 0) {
            return;
        }
        Instant now = clock.now();
        try {
            rules.appointHeadOfAuthority("JP-DE-2021", "JP", "security.jp2", "admin");
            clock.travel(() -> build(now));
            log.info("Demo breach cases ready");
        } catch (RuntimeException failed) {
            log.error("Could not build the demo breach cases", failed);
        }
    }

    private void build(Instant now) {
        closedNotABreach(now);
        closedWithOverdueAction(now);
        awaitingReview(now);
        underInvestigation(now);
        awaitingNotification(now);
        escalated(now);
        transmissions(now);
        justReported(now);
    }

    /**
     * Nordwerk's register: a dispatch received in time, one under way, and one whose receipt never came, so its timer
     * opened a possible-loss case, which Nordwerk's security officer opened and BMWE notified to Japan.
     */
    private void transmissions(Instant now) {
        clock.setTo(now.minus(DAY.multipliedBy(40)));
        Transmission received = transmissions.dispatch(new TransmissionData(Transmission.Route.REGISTERED_MAIL, "DE",
                "Rheintal Avionik GmbH, VS-Registratur", "防衛装備庁 装備政策部", "ATLA-2025-2290", "2/3",
                BreachItem.Medium.PAPER, "JP-GOKUHI", LocalDate.ofInstant(now.minus(DAY.multipliedBy(40)), BERLIN)),
                "applicant.de");
        clock.moveCaseTo(TransmissionProcess.PROCESS_KEY, received.getReference(), now.minus(DAY.multipliedBy(36)));
        transmissions.recordReceipt(received.getReference(), received.getVersion(),
                LocalDate.ofInstant(now.minus(DAY.multipliedBy(36)), BERLIN), "applicant.de");

        clock.setTo(now.minus(DAY.multipliedBy(25)));
        Transmission lost = transmissions.dispatch(new TransmissionData(Transmission.Route.COMMERCIAL_COURIER, "DE",
                "Nordwerk Systemtechnik, Werk Kiel", "防衛装備庁 装備政策部", "ATLA-2025-3312", "1/2",
                BreachItem.Medium.STORAGE_MEDIUM, "JP-HI", LocalDate.ofInstant(now.minus(DAY.multipliedBy(25)), BERLIN)),
                "applicant.de");
        Instant deadline = lost.getReceiptDueOn().plusDays(1).atStartOfDay(BERLIN).toInstant();
        clock.moveCaseTo(TransmissionProcess.PROCESS_KEY, lost.getReference(), deadline.plus(Duration.ofMinutes(5)));
        String possibleLoss = transmissions.find(lost.getReference(), "applicant.de").orElseThrow()
                .getBreachReference();
        moveAndDo(possibleLoss, deadline.plus(Duration.ofMinutes(40)), "applicant.de", BreachProcess.OPEN_CASE,
                task -> tasks.openCase(task, "applicant.de", "Kurier bestätigt Zustellung, Werk Kiel findet die "
                        + "Sendung nicht. Nachforschung beim Kurier läuft."));
        moveAndDo(possibleLoss, deadline.plus(HOUR.multipliedBy(6)), "security.de1", BreachProcess.NOTIFY_ORIGINATOR,
                task -> tasks.notifyOriginator(task, "security.de1"));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, possibleLoss, now.minus(DAY.multipliedBy(2)));

        transmissions.dispatch(new TransmissionData(Transmission.Route.DIPLOMATIC_BAG, "JP",
                "防衛装備庁 装備政策部", "防衛装備庁 装備政策部", "ATLA-2026-0031", "1/1", BreachItem.Medium.PAPER,
                "JP-GOKUHI", LocalDate.ofInstant(now.minus(DAY.multipliedBy(2)), BERLIN)), "applicant.de");
        clock.setTo(now);
    }

    private void justReported(Instant now) {
        report(now.minus(Duration.ofMinutes(25)), "facility.de", BreachCase.EventType.LOSS, "DE-RHEINTAL-FDH",
                "Friedrichshafen, Gebäude 4, Registratur", BERLIN, Duration.ofMinutes(20),
                "Beim Morgenabgleich fehlt ein Ordner im VS-Verwahrgelass.", "Markus Hoffmann, +49 7541 000-112",
                item("JP-GOKUHI", "ATLA-2026-1187", BreachItem.Medium.PAPER));
        clock.setTo(now);
    }

    private void escalated(Instant now) {
        String ref = report(now.minus(DAY.plusHours(6)), "applicant.jp", BreachCase.EventType.POSSIBLE_COMPROMISE,
                "JP-SAKURA-NGO", "名古屋工場 第2技術棟", TOKYO, HOUR,
                "試験データを保存したUSBメモリが共用端末に挿されたままになっていた。", "佐藤 花子（保全担当）",
                item("DE-VSV", "BAAINBw-U2.3-0415/26", BreachItem.Medium.STORAGE_MEDIUM));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now);
    }

    private void awaitingNotification(Instant now) {
        String ref = report(now.minus(Duration.ofHours(5)), "applicant.de", BreachCase.EventType.SUSPECTED_BREACH,
                "DE-NORDWERK-BRE", "Bremen, Besprechungsraum 3", BERLIN, Duration.ofMinutes(30),
                "Japanische VS-Unterlagen nach einer Besprechung unbeaufsichtigt im Raum aufgefunden.",
                "Anna Becker, +49 421 000-230", item("JP-HI", "ATLA-2025-3310", BreachItem.Medium.PAPER));
        moveAndDo(ref, now.minus(Duration.ofHours(5)).plus(Duration.ofMinutes(20)), "applicant.de",
                BreachProcess.OPEN_CASE, task -> tasks.openCase(task, "applicant.de",
                        "Ein Dokument (JP HI) etwa 40 Minuten unbeaufsichtigt; Raum nur für Projektbeteiligte zugänglich."));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now);
    }

    private void underInvestigation(Instant now) {
        String ref = report(now.minus(DAY.multipliedBy(20)), "facility.jp", BreachCase.EventType.LOSS,
                "JP-MINATO-YOK", "横浜事業所 文書保管室", TOKYO, Duration.ofMinutes(40),
                "定期点検で秘密文書1部の所在が確認できない。", "山本 翔（保全責任者）",
                item("DE-GEHEIM", "BAAINBw-K1.2-0088/25", BreachItem.Medium.PAPER));
        moveAndDo(ref, now.minus(DAY.multipliedBy(20)).plus(Duration.ofMinutes(15)), "facility.jp", BreachProcess.OPEN_CASE,
                task -> tasks.openCase(task, "facility.jp", "GEHEIM文書1部の所在不明。保管室は施錠されていた。"));
        moveAndDo(ref, now.minus(DAY.multipliedBy(19)), "security.jp1", BreachProcess.NOTIFY_ORIGINATOR,
                task -> tasks.notifyOriginator(task, "security.jp1"));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now.minus(DAY.multipliedBy(17)));
        BreachCase breach = cases.byReference(ref).orElseThrow();
        cases.involve(ref, breach.getVersion(), "山本 翔", "保全責任者", "facility.jp", "security.jp1");
        cases.classify(ref, cases.byReference(ref).orElseThrow().getVersion(), BreachCase.Classification.POSSIBLE,
                "保管室の入退室記録に不審な点はなく、誤廃棄の可能性がある。", "security.jp1");
        moveAndDo(ref, now.minus(DAY.multipliedBy(16)), "security.de1", BreachProcess.ASSESS_DAMAGE,
                task -> tasks.assessDamage(task, "security.de1", "Programmplanung der Phase 2; Schaden begrenzt, "
                        + "da die Termine inzwischen überholt sind."));
        // fourteen days after the notification the first interim report fell due
        moveAndDo(ref, now.minus(DAY.multipliedBy(4)), "security.jp2", BreachProcess.INTERIM_REPORT,
                task -> tasks.sendInterimReport(task, "security.jp2", "廃棄記録を照合中。保管室の再捜索では未発見。",
                        "廃棄業者への照会を行う。"));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now);
    }

    private void awaitingReview(Instant now) {
        String ref = report(now.minus(DAY.multipliedBy(50)), "facility.de", BreachCase.EventType.POSSIBLE_COMPROMISE,
                "DE-RHEINTAL-FDH", "Friedrichshafen, Konstruktionsbüro", BERLIN, Duration.ofMinutes(45),
                "Eine Zeichnung wurde per unverschlüsselter E-Mail an einen Zulieferer gesendet.",
                "Markus Hoffmann, +49 7541 000-112", item("JP-GOKUHI", "ATLA-2025-2291", BreachItem.Medium.ELECTRONIC));
        moveAndDo(ref, now.minus(DAY.multipliedBy(50)).plus(Duration.ofMinutes(10)), "facility.de", BreachProcess.OPEN_CASE,
                task -> tasks.openCase(task, "facility.de", "E-Mail an einen nicht ermächtigten Empfänger; Löschung veranlasst."));
        moveAndDo(ref, now.minus(DAY.multipliedBy(49)), "security.de1", BreachProcess.NOTIFY_ORIGINATOR,
                task -> tasks.notifyOriginator(task, "security.de1"));
        moveAndDo(ref, now.minus(DAY.multipliedBy(34)), "security.de2", BreachProcess.INTERIM_REPORT,
                task -> tasks.sendInterimReport(task, "security.de2", "Löschung beim Zulieferer bestätigt.",
                        "Abschlussbericht in Vorbereitung."));
        moveAndDo(ref, now.minus(DAY.multipliedBy(30)), "security.de2", BreachProcess.INVESTIGATE,
                task -> tasks.investigate(task, "security.de2", new Investigation(
                        "Die Zeichnung wurde irrtümlich an den falschen Verteiler gesendet; der Empfänger hat sie "
                                + "ungeöffnet gelöscht (schriftlich bestätigt).", "Verteiler ohne Prüfung ausgewählt",
                        BreachCase.Likelihood.LOW, BreachCase.Referral.NONE, null, null)));
        cases.addAction(ref, cases.byReference(ref).orElseThrow().getVersion(),
                "VS-Versand nur über das zugelassene Kryptosystem; E-Mail-Verteiler sperren.",
                "IT-Sicherheit DE-RHEINTAL", LocalDate.ofInstant(now, BERLIN).plusDays(30), "security.de1");
        moveAndDo(ref, now.minus(DAY.multipliedBy(2)), "security.de1", BreachProcess.FINAL_REPORT,
                task -> tasks.writeFinalReport(task, "security.de1", BreachCase.Outcome.COMPROMISE_POSSIBLE,
                        "Kompromittierung nicht auszuschließen, aber unwahrscheinlich. Versandweg geändert."));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now);
    }

    private void closedWithOverdueAction(Instant now) {
        String ref = report(now.minus(DAY.multipliedBy(120)), "applicant.de", BreachCase.EventType.LOSS,
                "DE-NORDWERK-KEL", "Kiel, Werft, Halle 7", BERLIN, Duration.ofMinutes(50),
                "Ein Datenträger mit japanischen Konstruktionsdaten fehlt nach einem Umzug.", "Anna Becker",
                item("JP-GOKUHI", "ATLA-2025-0977", BreachItem.Medium.STORAGE_MEDIUM));
        moveAndDo(ref, now.minus(DAY.multipliedBy(120)).plus(Duration.ofMinutes(5)), "applicant.de",
                BreachProcess.OPEN_CASE, task -> tasks.openCase(task, "applicant.de",
                        "Datenträger verschlüsselt; Verlust beim Umzug wahrscheinlich."));
        moveAndDo(ref, now.minus(DAY.multipliedBy(120)).plus(HOUR.multipliedBy(20)), "security.de1", BreachProcess.NOTIFY_ORIGINATOR,
                task -> tasks.notifyOriginator(task, "security.de1"));
        moveAndDo(ref, now.minus(DAY.multipliedBy(110)), "security.jp1", BreachProcess.ASSESS_DAMAGE,
                task -> tasks.assessDamage(task, "security.jp1", "データは暗号化されており、損害は限定的と評価する。"));
        moveAndDo(ref, now.minus(DAY.multipliedBy(103)), "security.de2", BreachProcess.INTERIM_REPORT,
                task -> tasks.sendInterimReport(task, "security.de2", "Suche in beiden Hallen ohne Ergebnis.", null));
        moveAndDo(ref, now.minus(DAY.multipliedBy(95)), "security.de2", BreachProcess.INVESTIGATE,
                task -> tasks.investigate(task, "security.de2", new Investigation(
                        "Datenträger nicht aufgefunden; Verschlüsselung nach BSI-Vorgaben, Schlüssel getrennt verwahrt.",
                        "Umzug ohne VS-Bestandsliste", BreachCase.Likelihood.LOW, BreachCase.Referral.COUNTER_INTELLIGENCE,
                        "Landesamt für Verfassungsschutz Schleswig-Holstein", "LfV-SH 2025/114")));
        LocalDate today = LocalDate.ofInstant(now, BERLIN);
        BreachCase breach = cases.byReference(ref).orElseThrow();
        cases.addAction(ref, breach.getVersion(), "VS-Bestandsliste vor jedem Umzug", "VS-Registratur Kiel",
                today.minusDays(60), "security.de1");
        cases.addAction(ref, cases.byReference(ref).orElseThrow().getVersion(),
                "Schulung der Umzugsverantwortlichen", "Sicherheitsbevollmächtigter DE-NORDWERK", today.minusDays(10),
                "security.de1");
        moveAndDo(ref, now.minus(DAY.multipliedBy(90)), "security.de1", BreachProcess.FINAL_REPORT,
                task -> tasks.writeFinalReport(task, "security.de1", BreachCase.Outcome.COMPROMISE_POSSIBLE,
                        "Verlust bestätigt; Kompromittierung unwahrscheinlich. Zwei Abhilfemaßnahmen."));
        moveAndDo(ref, now.minus(DAY.multipliedBy(85)), "security.jp1", BreachProcess.REVIEW,
                task -> tasks.review(task, "security.jp1", true, "再発防止策を確認した。"));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now.minus(DAY.multipliedBy(50)));
        BreachCase closed = cases.byReference(ref).orElseThrow();
        cases.markActionDone(ref, closed.getActions().get(0).getId(), closed.getVersion(),
                "Liste eingeführt und beim letzten Umzug angewandt.", "security.de2");
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now);
    }

    private void closedNotABreach(Instant now) {
        String ref = report(now.minus(DAY.multipliedBy(200)), "facility.jp", BreachCase.EventType.ITEM_FOUND,
                "JP-MINATO-YOK", "横浜事業所 会議室B", TOKYO, Duration.ofMinutes(15),
                "会議室にドイツ側の資料が残置されていた。", "山本 翔",
                item("DE-VSNFD", "BAAINBw-P3-0021/25", BreachItem.Medium.PAPER));
        moveAndDo(ref, now.minus(DAY.multipliedBy(200)).plus(Duration.ofMinutes(30)), "facility.jp",
                BreachProcess.OPEN_CASE, task -> tasks.openCase(task, "facility.jp", "会議室は施錠管理区域内。"));
        moveAndDo(ref, now.minus(DAY.multipliedBy(199)), "security.jp1", BreachProcess.NOTIFY_ORIGINATOR,
                task -> tasks.notifyOriginator(task, "security.jp1"));
        cases.classify(ref, cases.byReference(ref).orElseThrow().getVersion(),
                BreachCase.Classification.NOT_A_BREACH, "資料は写しで、区域内の保管庫への戻し忘れに過ぎない。",
                "security.jp2");
        moveAndDo(ref, now.minus(DAY.multipliedBy(196)), "security.de2", BreachProcess.ASSESS_DAMAGE,
                task -> tasks.assessDamage(task, "security.de2", "Kein Schaden."));
        moveAndDo(ref, now.minus(DAY.multipliedBy(192)), "security.jp2", BreachProcess.INVESTIGATE,
                task -> tasks.investigate(task, "security.jp2", new Investigation(
                        "管理区域外への持出しはなく、第三者の入室もなかった。", "会議後の片付け手順の不備",
                        BreachCase.Likelihood.NONE, BreachCase.Referral.NONE, null, null)));
        moveAndDo(ref, now.minus(DAY.multipliedBy(190)), "security.jp2", BreachProcess.FINAL_REPORT,
                task -> tasks.writeFinalReport(task, "security.jp2", BreachCase.Outcome.NO_BREACH,
                        "違反には当たらない。会議後の確認手順を周知した。"));
        moveAndDo(ref, now.minus(DAY.multipliedBy(185)), "security.de1", BreachProcess.REVIEW,
                task -> tasks.review(task, "security.de1", true, null));
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, ref, now);
    }

    private String report(Instant at, String userId, BreachCase.EventType type, String facilityId, String location,
                          ZoneId zone, Duration discoveredBefore, String circumstances, String contact,
                          BreachItemData item) {
        clock.setTo(at);
        ZonedDateTime discovered = at.minus(discoveredBefore).atZone(zone);
        return cases.report(new BreachReportData(type, facilityId, location, discovered, null, circumstances, null,
                null, contact, List.of(item)), userId).getReference();
    }

    private static BreachItemData item(String levelId, String number, BreachItem.Medium medium) {
        String originator = levelId.startsWith("JP") ? "防衛装備庁 装備政策部" : "BAAINBw, Abteilung K";
        return new BreachItemData(originator, number, null, null, "1/3", medium, levelId);
    }

    private void moveAndDo(String reference, Instant at, String userId, String taskKey,
                           java.util.function.Consumer<String> completion) {
        clock.moveCaseTo(BreachProcess.PROCESS_KEY, reference, at);
        InboxRow task = tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new IllegalStateException(userId + " has no " + taskKey + " in "
                        + reference));
        completion.accept(task.taskId());
    }
}

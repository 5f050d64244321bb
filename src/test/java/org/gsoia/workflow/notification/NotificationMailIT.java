package org.gsoia.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachItemData;
import org.gsoia.workflow.breach.BreachReportData;
import org.gsoia.workflow.breach.BreachRules;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Notifications through real SMTP (GreenMail) on PostgreSQL: a breach's first step reaches Rheintal's security
 * officer in German and Minato's in Japanese, a missed target reaches the head of BMWE (here the English-speaking
 * administrator) as an escalation; no mail carries the case's content; mandatory topics cannot be switched off,
 * optional ones can; the bell counts what is unread.
 */
@GsoiaSpringTest
@TestPropertySource(properties = {"gsoia.notifications.mail=true", "spring.mail.host=localhost",
        "spring.mail.port=3025", "gsoia.notifications.mail-interval-ms=200",
        "gsoia.public-url=https://gsoia.example"})
class NotificationMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired BreachCases cases;
    @Autowired BreachRules rules;
    @Autowired Notifications notifications;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

    private final List<String> references = new ArrayList<>();

    @AfterEach
    void removeThem() {
        rules.appointHeadOfAuthority("JP-DE-2021", "DE", null, "admin");
        jdbc.update("delete from notification_preference where user_id = 'facility.de'");
        for (String reference : references) {
            org.gsoia.workflow.breach.TestBreaches.end(jdbc, runtimeService, reference);
        }
    }

    private String report(String userId, String facilityId, ZonedDateTime discovered, String circumstances) {
        String reference = cases.report(new BreachReportData(BreachCase.EventType.LOSS, facilityId, "Registry",
                discovered, null, circumstances, null, null, "Security officer", List.of(new BreachItemData("Originator",
                "REG-1", null, null, null, BreachItem.Medium.PAPER, facilityId.startsWith("DE") ? "JP-GOKUHI"
                : "DE-GEHEIM"))), userId).getReference();
        references.add(reference);
        return reference;
    }

    /** Waits for a mail to the address whose subject names the reference. */
    private MimeMessage mailTo(String address, String reference, String subjectPart) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))
                        && message.getSubject().contains(reference) && message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " about " + reference + " with '" + subjectPart + "'");
    }

    @Test
    void theChainsMessagesReachEachRecipientInTheirLanguageWithoutTheCasesContent() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        String german = report("facility.de", "DE-RHEINTAL-FDH", now.minusMinutes(5), "Streng vertraulicher Ablauf");
        MimeMessage de = mailTo("facility.de@demo.invalid", german, "Fall eröffnen und bewerten");
        assertThat(de.getSubject()).isEqualTo("Verletzungsfall " + german + ": Fall eröffnen und bewerten");
        String deBody = GreenMailUtil.getBody(de);
        assertThat(deBody).contains("https://gsoia.example/breaches/" + german).contains("Fristen in Stunden")
                .doesNotContain("Streng vertraulicher Ablauf").doesNotContain("REG-1");

        String japanese = report("facility.jp", "JP-MINATO-YOK", now.minusMinutes(5), "秘密の経緯");
        MimeMessage ja = mailTo("facility.jp@demo.invalid", japanese, "漏えい等事案");
        assertThat(ja.getSubject()).isEqualTo("漏えい等事案 " + japanese + "：事案を開始し評価する");
        assertThat(GreenMailUtil.getBody(ja)).doesNotContain("秘密の経緯");

        rules.appointHeadOfAuthority("JP-DE-2021", "DE", "admin", "admin");
        String late = report("facility.de", "DE-RHEINTAL-FDH", now.minusHours(3), "Late");
        MimeMessage en = mailTo("admin@demo.invalid", late, "ESCALATION");
        assertThat(en.getSubject()).isEqualTo("ESCALATION – breach case " + late
                + ": Escalated: case not opened");
        assertThat(jdbc.queryForObject("select mail_status from notification where reference = ? and recipient ="
                + " 'admin'", String.class, late)).isEqualTo("SENT");
    }

    @Test
    void aMailClaimedByASenderThatDiedGoesOutWhenTheClaimHasExpired() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        String reference = report("facility.de", "DE-RHEINTAL-FDH", now.minusMinutes(5), "Crash");
        mailTo("facility.de@demo.invalid", reference, "Fall eröffnen und bewerten");
        // what a JVM killed between claiming and marking leaves behind: claimed long ago, never marked
        jdbc.update("update notification set mail_status = 'SENDING', mailed_at = ? where reference = ?",
                java.time.OffsetDateTime.now(clock).minus(NotificationMailer.CLAIM_EXPIRY).minusMinutes(1), reference);
        SMTP.purgeEmailFromAllMailboxes();
        mailTo("facility.de@demo.invalid", reference, "Fall eröffnen und bewerten");
        assertThat(jdbc.queryForList("select distinct mail_status from notification where reference = ?",
                String.class, reference)).containsExactly("SENT");
    }

    @Test
    void aPersonnelClearanceChangeReachesTheOrganisationWithoutThePersonsName() throws Exception {
        // published where the register publishes it: inside the transaction of the change
        new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(tx ->
                events.publishEvent(new org.gsoia.workflow.clearance.PersonnelClearanceWithdrawn(987654L,
                        "MUSTERMANN, ERIKA", "DE-RHEINTAL-FDH", "SUSPENDED", java.time.OffsetDateTime.now(clock),
                        "security.de1")));
        long until = System.currentTimeMillis() + 30_000;
        MimeMessage found = null;
        while (found == null && System.currentTimeMillis() < until) {
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (GreenMailUtil.getBody(message).contains("personnel/987654")) {
                    found = message;
                }
            }
            Thread.sleep(200);
        }
        assertThat(found).as("a mail about the register entry").isNotNull();
        assertThat(found.getAllRecipients()[0].toString()).isEqualTo("facility.de@demo.invalid");
        assertThat(found.getSubject()).isEqualTo("Personelle Ermächtigung bei DE-RHEINTAL-FDH: Ausgesetzt");
        assertThat(GreenMailUtil.getBody(found) + found.getSubject()).doesNotContain("MUSTERMANN");
        jdbc.update("delete from notification where link like '%personnel/987654'");
    }

    @Test
    void mandatoryTopicsStayOnOptionalOnesCanBeSwitchedOffAndTheBellCounts() {
        Topic step = Topic.mandatory("BREACH_STEP");
        assertThatThrownBy(() -> notifications.setEnabled("facility.de", step, false))
                .isInstanceOf(IllegalArgumentException.class);
        notifications.markAllRead("facility.de");
        assertThat(notifications.unreadCount("facility.de")).isZero();
        Topic optional = TaskNotices.TASK_OFFERED;
        assertThat(notifications.toUsers(Notice.of(optional, "VR-2026-999999", "visits/VR-2026-999999",
                new Notice.Translated("visit.task.decide")), List.of("facility.de"))).isEqualTo(1);
        assertThat(notifications.unreadCount("facility.de")).isEqualTo(1);
        notifications.setEnabled("facility.de", optional, false);
        assertThat(notifications.toUsers(Notice.of(optional, "VR-2026-999999", null), List.of("facility.de")))
                .as("switched off").isZero();
        assertThat(notifications.toUsers(Notice.of(step, "BN-2026-999999", null), List.of("facility.de")))
                .as("mandatory").isEqualTo(1);
        assertThat(notifications.page("facility.de", 0, 10)).first().satisfies(entry -> {
            assertThat(entry.topic()).isEqualTo("BREACH_STEP");
            assertThat(entry.language()).isEqualTo("de");
        });
        notifications.markAllRead("facility.de");
        assertThat(notifications.unreadCount("facility.de")).isZero();
        jdbc.update("delete from notification where reference in ('VR-2026-999999', 'BN-2026-999999')");
    }
}

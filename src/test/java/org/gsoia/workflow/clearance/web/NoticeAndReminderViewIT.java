package org.gsoia.workflow.clearance.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.ClearanceChange;
import org.gsoia.workflow.clearance.FacilityClearance;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.clearance.PscReminder;
import org.gsoia.workflow.clearance.PscReminders;
import org.gsoia.workflow.clearance.TestFacilities;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change-notice page as ATLA's officer takes note (in Japanese, a control character refused first), and the
 * expiry-reminder page as Rheintal's security officer deals with it (in German, an outcome required).
 */
@GsoiaSpringTest
class NoticeAndReminderViewIT {

    @Autowired ApplicationContext context;
    @Autowired FacilityClearances clearances;
    @Autowired PscReminders reminders;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String facility;
    private Long person;

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        if (facility != null) {
            TestFacilities.remove(jdbc, facility);
        }
        if (person != null) {
            jdbc.queryForList("select reference from psc_reminder where clearance_id = ?", String.class, person)
                    .forEach(reference -> runtimeService.createProcessInstanceQuery()
                            .processInstanceBusinessKey(reference).list()
                            .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test ended")));
            jdbc.update("delete from psc_reminder where clearance_id = ?", person);
            jdbc.update("delete from personnel_clearance where id = ?", person);
        }
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void atlaTakesNoteOfAGermanSuspension() {
        facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
        FacilityClearance now = clearances.clearance(facility, "security.de1").orElseThrow();
        clearances.change(facility, "security.de1", now.version(), new ClearanceChange(FscStatus.SUSPENDED,
                now.levelId(), now.storageLevelId(), now.expiresOn(), null, now.issuingAuthorityId(),
                now.securityOfficer(), now.deputySecurityOfficer(), "BMWE-GS-T-7", "Test"));
        String reference = jdbc.queryForObject("select reference from fsc_change_notice where facility_id = ?",
                String.class, facility);

        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("clearance-notices/" + reference);
        assertThat(text("notice-facts")).contains(translations.getTranslation("notice.changedTo.SUSPENDED",
                Locale.JAPANESE)).doesNotContain("BMWE-GS-T-7");
        assertThat(text("task-panel")).as("who holds it, since when")
                .contains(translations.getTranslation("clearance.task.takeNoteOfClearanceChange", Locale.JAPANESE));
        _get(TextArea.class, spec -> spec.withId("notice-note")).setValue("確認\u0000");
        _get(Button.class, spec -> spec.withId("task-action-noted")).click();
        assertThat(_get(TextArea.class, spec -> spec.withId("notice-note")).getErrorMessage())
                .isEqualTo(translations.getTranslation("validation.controlCharacters", Locale.JAPANESE));
        _get(TextArea.class, spec -> spec.withId("notice-note")).setValue("契約を確認済み。");
        _get(Button.class, spec -> spec.withId("task-action-noted")).click();
        assertThat(text("notice-status")).isEqualTo(translations.getTranslation("notice.status.noted",
                Locale.JAPANESE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void rheintalsSecurityOfficerDealsWithAnExpiryReminder() {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("insert into personnel_clearance (version, party_code, name_native, name_passport, date_of_birth,"
                + " facility_id, scheme, level_id, issued_on, expires_on, issuing_authority_id, status, recorded_by,"
                + " recorded_at) values (0, 'DE', 'Karl Reminder', 'REMINDER, KARL', date '1980-02-02',"
                + " 'DE-RHEINTAL-FDH', 'DE_UE2', 'DE-GEHEIM', ?, ?, 'DE-BMWE', 'VALID', 'test', current_timestamp)",
                today.minusYears(4), today.plusDays(20));
        person = jdbc.queryForObject("select max(id) from personnel_clearance", Long.class);
        reminders.openDueReminders();
        String reference = jdbc.queryForObject("select reference from psc_reminder where clearance_id = ?",
                String.class, person);

        KaribuLogin.loginAndOpen(context, "facility.de");
        UI.getCurrent().navigate("personnel-reminders/" + reference);
        assertThat(text("reminder-facts")).contains("REMINDER, KARL")
                .contains(translations.getTranslation("reminder.daysBefore.value", Locale.GERMAN, 30));
        _get(Button.class, spec -> spec.withId("task-action-reminder")).click();
        RadioButtonGroup<PscReminder.Outcome> outcome = _get(RadioButtonGroup.class,
                spec -> spec.withId("reminder-outcome"));
        assertThat(outcome.isInvalid()).isTrue();
        outcome.setValue(PscReminder.Outcome.LAPSES);
        _get(Button.class, spec -> spec.withId("task-action-reminder")).click();
        assertThat(text("reminder-status")).isEqualTo(translations.getTranslation("reminder.status.done",
                Locale.GERMAN));
        assertThat(text("reminder-facts")).contains(translations.getTranslation("reminder.outcome.LAPSES",
                Locale.GERMAN));
    }
}

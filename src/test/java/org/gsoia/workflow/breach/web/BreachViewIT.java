package org.gsoia.workflow.breach.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every breach screen as its users work it, bad input first at each step: Rheintal's security officer reports a loss
 * (in German, a time that did not exist in Berlin refused) and opens the case; BMWE notifies Japan, names a person,
 * reclassifies and adds a corrective action; ATLA (in Japanese) reads the case without the persons involved and
 * assesses the damage; BMWE investigates and reports; ATLA first asks for more, then accepts; the list shows it.
 */
@GsoiaSpringTest
class BreachViewIT {

    @Autowired ApplicationContext context;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String reference;

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        if (reference == null) {
            return;
        }
        org.gsoia.workflow.breach.TestBreaches.end(jdbc, runtimeService, reference);
    }

    private String de(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.GERMAN, arguments);
    }

    private String ja(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.JAPANESE, arguments);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static void click(String id) {
        _get(Button.class, spec -> spec.withId(id)).click();
    }

    private static void area(String id, String value) {
        _get(TextArea.class, spec -> spec.withId(id)).setValue(value);
    }

    private static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text", "") + e.getTextRecursively()).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> listed() {
        Grid<BreachCase> grid = _get(Grid.class, spec -> spec.withId("breaches"));
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row))
                .map(BreachCase::getReference).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(Class<?> type, String id, T value) {
        if (type == Select.class) {
            ((Select<T>) _get(Select.class, spec -> spec.withId(id))).setValue(value);
        } else {
            ((RadioButtonGroup<T>) _get(RadioButtonGroup.class, spec -> spec.withId(id))).setValue(value);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLossRunsFromTheFacilitysReportToTheOriginatorsAcceptanceOnEveryScreen() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));

        KaribuLogin.loginAndOpen(context, "facility.de");
        UI.getCurrent().navigate("breaches/new");
        click("submit-breach");
        assertThat(_get(Select.class, spec -> spec.withId("event-type")).getErrorMessage())
                .isEqualTo(de("validation.choose"));
        assertThat(_get(TextField.class, spec -> spec.withId("location")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        assertThat(_get(Select.class, spec -> spec.withId("item-0-level")).getErrorMessage())
                .isEqualTo(de("validation.choose"));

        choose(Select.class, "event-type", BreachCase.EventType.LOSS);
        ComboBox<FacilityEntry> facility = _get(ComboBox.class, spec -> spec.withId("facility"));
        facility.setValue(facility.getListDataView().getItems().filter(f -> f.id().equals("DE-RHEINTAL-FDH"))
                .findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("location")).setValue("Gebäude 4, Registratur");
        _get(DatePicker.class, spec -> spec.withId("discovered-on")).setValue(LocalDate.of(2026, 3, 29));
        _get(TimePicker.class, spec -> spec.withId("discovered-time")).setValue(LocalTime.of(2, 30));
        area("circumstances", "Ordner fehlt beim Morgenabgleich.");
        _get(TextField.class, spec -> spec.withId("contact")).setValue("Markus Hoffmann, +49 7541 000-112");
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("item-0-level"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("JP-GOKUHI")).findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("item-0-originator")).setValue("ATLA");
        _get(TextField.class, spec -> spec.withId("item-0-registry")).setValue("ATLA-2026-1187");
        choose(Select.class, "item-0-medium", BreachItem.Medium.PAPER);
        click("submit-breach");
        assertThat(_get(DatePicker.class, spec -> spec.withId("discovered-on")).getErrorMessage())
                .as("02:30 did not exist in Berlin on 29 March 2026").isEqualTo(de("validation.breach.noSuchTime"));

        _get(DatePicker.class, spec -> spec.withId("discovered-on")).setValue(today);
        _get(TimePicker.class, spec -> spec.withId("discovered-time")).setValue(LocalTime.MIDNIGHT);
        click("submit-breach");
        reference = jdbc.queryForObject("select max(reference) from breach_case where reported_by = 'facility.de'"
                + " and location = 'Gebäude 4, Registratur'", String.class);
        assertThat(reference).startsWith("BN-");
        assertThat(text("breach-status")).isEqualTo(de("breach.status.REPORTED"));
        assertThat(text("breach-chain")).contains(de("breach.chain.officer")).containsPattern("CES?T");
        assertThat(text("task-panel")).contains(de("breach.task.openBreachCase"));
        click("task-action-openBreachCase");
        assertThat(_get(TextArea.class, spec -> spec.withId("assessment")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        area("assessment", "Ein Dokument JP GOKUHI fehlt; kein Hinweis auf Diebstahl.");
        click("task-action-openBreachCase");
        assertThat(text("breach-status")).isEqualTo(de("breach.status.WITH_AUTHORITY"));
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "security.de1");
        UI.getCurrent().navigate("breaches/" + reference);
        assertThat(String.join(" ", GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("breach-items")), 0)))
                .as("dual marking").contains("極秘 (Gokuhi) · JP").contains("GEHEIM · DE");
        click("task-action-notifyOriginatingParty");
        assertThat(text("breach-status")).isEqualTo(de("breach.status.INVESTIGATING"));
        click("add-person");
        assertThat(_get(TextField.class, spec -> spec.withId("person-name")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Markus Hoffmann");
        _get(TextField.class, spec -> spec.withId("person-user")).setValue("facility.de");
        click("add-person");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("breach-persons")))).isEqualTo(1);
        choose(Select.class, "classification", BreachCase.Classification.POSSIBLE);
        click("classify");
        assertThat(_get(TextArea.class, spec -> spec.withId("classification-reason")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        choose(Select.class, "classification", BreachCase.Classification.POSSIBLE);
        area("classification-reason", "Möglicherweise falsch abgelegt.");
        click("classify");
        assertThat(text("breach-classification")).isEqualTo(de("breach.classification.POSSIBLE"));
        assertThat(String.join(" ", GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("breach-history")), 0)))
                .contains("Möglicherweise falsch abgelegt.");
        area("action-text", "Checkliste für Registraturumzüge");
        _get(TextField.class, spec -> spec.withId("action-owner")).setValue("Registratur DE-RHEINTAL");
        _get(DatePicker.class, spec -> spec.withId("action-due")).setValue(today.minusDays(1));
        click("add-action");
        assertThat(_get(DatePicker.class, spec -> spec.withId("action-due")).getErrorMessage())
                .isEqualTo(de("validation.breach.dueInPast"));
        _get(DatePicker.class, spec -> spec.withId("action-due")).setValue(today.plusDays(30));
        click("add-action");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("breach-actions")))).isEqualTo(1);
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("breaches/" + reference);
        assertThat(_find(Grid.class, spec -> spec.withId("breach-persons")))
                .as("the originating party never reads the persons involved").isEmpty();
        assertThat(text("breach-chain")).contains("JST");
        click("task-action-assessDamage");
        assertThat(_get(TextArea.class, spec -> spec.withId("damage-assessment")).getErrorMessage())
                .isEqualTo(ja("validation.required"));
        area("damage-assessment", "損害は限定的。");
        click("task-action-assessDamage");
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "security.de2");
        UI.getCurrent().navigate("breaches/" + reference);
        click("task-action-investigateBreach");
        assertThat(_get(TextArea.class, spec -> spec.withId("findings")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        area("findings", "Beim Umzug der Registratur falsch abgelegt.");
        area("cause", "Umzug ohne Checkliste");
        choose(RadioButtonGroup.class, "likelihood", BreachCase.Likelihood.LOW);
        choose(RadioButtonGroup.class, "referral", BreachCase.Referral.LAW_ENFORCEMENT);
        click("task-action-investigateBreach");
        assertThat(_get(TextField.class, spec -> spec.withId("referral-to")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        choose(RadioButtonGroup.class, "referral", BreachCase.Referral.NONE);
        click("task-action-investigateBreach");
        choose(RadioButtonGroup.class, "outcome", BreachCase.Outcome.ITEM_RECOVERED);
        area("final-report", "In der Umzugskiste gefunden.");
        click("task-action-writeFinalReport");
        assertThat(text("breach-status")).isEqualTo(de("breach.status.FINAL_REPORT"));
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("breaches/" + reference);
        choose(RadioButtonGroup.class, "review-verdict", Boolean.FALSE);
        click("task-action-reviewFinalReport");
        assertThat(_get(TextArea.class, spec -> spec.withId("review-comment")).getErrorMessage())
                .isEqualTo(ja("validation.required"));
        choose(RadioButtonGroup.class, "review-verdict", Boolean.TRUE);
        click("task-action-reviewFinalReport");
        assertThat(text("breach-status")).isEqualTo(ja("breach.status.CLOSED"));
        UI.getCurrent().navigate("breaches");
        assertThat(listed()).contains(reference);
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "applicant.jp");
        UI.getCurrent().navigate("breaches");
        assertThat(listed()).as("another organisation does not see it").doesNotContain(reference);
        assertThat(notifications()).doesNotContain("Exception");
    }
}

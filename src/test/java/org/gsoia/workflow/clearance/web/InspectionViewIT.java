package org.gsoia.workflow.clearance.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.clearance.FacilityInspection;
import org.gsoia.workflow.clearance.InspectionFinding;
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
 * The inspection screens in German as BMWE's officer works them (bad input first at every step): plan on the
 * facility's page, add a finding, record the result, be refused the follow-up while the action is open, mark it done
 * and confirm; and the facility's own security officer reading the inspection without any task.
 */
@GsoiaSpringTest
class InspectionViewIT {

    @Autowired ApplicationContext context;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String facility;

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        if (facility == null) {
            return;
        }
        for (String reference : jdbc.queryForList("select reference from fsc_inspection where facility_id = ?",
                String.class, facility)) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        }
        jdbc.update("delete from fsc_inspection_finding where inspection_id in"
                + " (select id from fsc_inspection where facility_id = ?)", facility);
        jdbc.update("delete from fsc_inspection where facility_id = ?", facility);
        TestFacilities.remove(jdbc, facility);
    }

    private String de(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.GERMAN, arguments);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text", "") + e.getTextRecursively()).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void bmwePlansInspectsAndFollowsUpAndTheFacilityReadsIt() {
        facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(3));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));

        KaribuLogin.loginAndOpen(context, "security.de1");
        UI.getCurrent().navigate("facilities/" + facility);
        _get(Button.class, spec -> spec.withId("plan-inspection")).click();
        assertThat(_get(Select.class, spec -> spec.withId("inspection-kind")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        Select<FacilityInspection.Kind> kind = _get(Select.class, spec -> spec.withId("inspection-kind"));
        kind.setValue(FacilityInspection.Kind.INITIAL);
        _get(DatePicker.class, spec -> spec.withId("inspection-due")).setValue(today.minusDays(2));
        _get(Button.class, spec -> spec.withId("plan-inspection")).click();
        assertThat(_get(DatePicker.class, spec -> spec.withId("inspection-due")).getErrorMessage())
                .isEqualTo(de("validation.inspection.dueInPast"));
        _get(DatePicker.class, spec -> spec.withId("inspection-due")).setValue(today.plusDays(7));
        _get(Button.class, spec -> spec.withId("plan-inspection")).click();
        String reference = jdbc.queryForObject("select reference from fsc_inspection where facility_id = ?",
                String.class, facility);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("inspection-list")))).isEqualTo(1);

        TestFacilities.openInspectionWindow(reference, runtimeService, managementService, taskService);
        UI.getCurrent().navigate("inspections/" + reference);
        assertThat(text("task-panel")).contains(de("clearance.task.carryOutInspection"));
        _get(Button.class, spec -> spec.withId("add-finding")).click();
        assertThat(_get(TextArea.class, spec -> spec.withId("finding-description")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        _get(TextArea.class, spec -> spec.withId("finding-description")).setValue("Besucherbuch unvollständig");
        ((Select<InspectionFinding.Severity>) _get(Select.class, spec -> spec.withId("finding-severity")))
                .setValue(InspectionFinding.Severity.MINOR);
        _get(TextArea.class, spec -> spec.withId("finding-action")).setValue("Besucherbuch täglich prüfen");
        _get(TextField.class, spec -> spec.withId("finding-owner")).setValue("Karin Albers, SiBe");
        _get(DatePicker.class, spec -> spec.withId("finding-due")).setValue(today.plusDays(14));
        _get(Button.class, spec -> spec.withId("add-finding")).click();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("inspection-findings")))).isEqualTo(1);

        _get(Button.class, spec -> spec.withId("task-action-record")).click();
        assertThat(_get(DatePicker.class, spec -> spec.withId("inspected-on")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("inspection-outcome")).isInvalid()).isTrue();
        _get(DatePicker.class, spec -> spec.withId("inspected-on")).setValue(today);
        _get(TextField.class, spec -> spec.withId("inspector")).setValue("Dr. Petra Lang");
        ((RadioButtonGroup<FacilityInspection.Outcome>) _get(RadioButtonGroup.class,
                spec -> spec.withId("inspection-outcome"))).setValue(FacilityInspection.Outcome.DEFICIENCIES);
        _get(TextArea.class, spec -> spec.withId("inspection-summary")).setValue("Ein geringer Mangel.");
        _get(Button.class, spec -> spec.withId("task-action-record")).click();
        assertThat(text("inspection-status")).isEqualTo(de("inspection.status.FOLLOW_UP"));
        assertThat(text("task-panel")).contains(de("clearance.task.followUpCorrectiveActions"));

        _get(Button.class, spec -> spec.withId("task-action-confirm")).click();
        assertThat(notifications()).contains(de("validation.inspection.actionsOpen", 1));
        Grid<InspectionFinding> findings = _get(Grid.class, spec -> spec.withId("inspection-findings"));
        ((Button) GridKt._getCellComponent(findings, 0, "done")).click();
        _get(Button.class, spec -> spec.withId("task-action-confirm")).click();
        assertThat(text("inspection-status")).isEqualTo(de("inspection.status.DONE"));
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("inspections/" + reference);
        assertThat(text("inspection-facts")).contains("Dr. Petra Lang");
        assertThat(_find(Component.class, spec -> spec.withId("task-panel"))).isEmpty();
    }
}

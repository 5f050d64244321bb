package org.gsoia.workflow.breach.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.Transmission;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transmission register and the messages screens in Karibu: Nordwerk's applicant records a dispatch (bad input
 * first), sees its receipt deadline and records the receipt; the messages page lists what the chain sent and keeps
 * mandatory topics on; the administrators' outbox shows the mails.
 */
@GsoiaSpringTest
class TransmissionsViewIT {

    @Autowired ApplicationContext context;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired org.gsoia.workflow.notification.Notifications notifications;

    private final Translations translations = new Translations();

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        for (String reference : jdbc.queryForList("select reference from breach_transmission where registry_number"
                + " = 'KARIBU-1'", String.class)) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
            jdbc.update("delete from breach_transmission where reference = ?", reference);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDispatchIsRecordedAndItsReceiptToo() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("transmissions");
        _get(Button.class, spec -> spec.withId("dispatch")).click();
        assertThat(_get(Select.class, spec -> spec.withId("route")).getErrorMessage())
                .isEqualTo(translations.getTranslation("validation.choose", Locale.GERMAN));
        ((Select<Transmission.Route>) _get(Select.class, spec -> spec.withId("route")))
                .setValue(Transmission.Route.REGISTERED_MAIL);
        ((Select<String>) _get(Select.class, spec -> spec.withId("recipient-party"))).setValue("DE");
        _get(TextField.class, spec -> spec.withId("recipient")).setValue("Rheintal Avionik, VS-Registratur");
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("level"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("JP-HI")).findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("originator")).setValue("ATLA");
        _get(TextField.class, spec -> spec.withId("registry")).setValue("KARIBU-1");
        ((Select<BreachItem.Medium>) _get(Select.class, spec -> spec.withId("medium")))
                .setValue(BreachItem.Medium.PAPER);
        _get(DatePicker.class, spec -> spec.withId("dispatched-on")).setValue(today.plusDays(2));
        _get(Button.class, spec -> spec.withId("dispatch")).click();
        assertThat(_get(DatePicker.class, spec -> spec.withId("dispatched-on")).getErrorMessage())
                .isEqualTo(translations.getTranslation("validation.breach.inFuture", Locale.GERMAN));
        _get(DatePicker.class, spec -> spec.withId("dispatched-on")).setValue(today);
        _get(Button.class, spec -> spec.withId("dispatch")).click();

        String reference = jdbc.queryForObject("select reference from breach_transmission where registry_number ="
                + " 'KARIBU-1'", String.class);
        Grid<Transmission> grid = _get(Grid.class, spec -> spec.withId("transmissions"));
        List<String> rows = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row).getReference()).toList();
        assertThat(rows).contains(reference);
        int row = rows.indexOf(reference);
        com.vaadin.flow.component.Component receipt = GridKt._getCellComponent(grid, row, "receipt");
        ((Button) receipt.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow()).click();
        assertThat(jdbc.queryForObject("select received_on from breach_transmission where reference = ?",
                LocalDate.class, reference)).isEqualTo(today);

        UI.getCurrent().navigate("notifications");
        long unread = notifications.unreadCount("applicant.de");
        org.gsoia.workflow.notification.NotificationBell bell = _get(
                org.gsoia.workflow.notification.NotificationBell.class, spec -> spec.withId("notification-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).as("the bell counts the unread messages")
                .isEqualTo(translations.getTranslation("notification.bell", Locale.GERMAN, unread));
        _get(Button.class, spec -> spec.withId("mark-all-read")).click();
        UI.getCurrent().navigate("transmissions");
        assertThat(bell.getElement().getAttribute("aria-label")).as("read after marking all")
                .isEqualTo(translations.getTranslation("notification.bell", Locale.GERMAN, 0));
        UI.getCurrent().navigate("notifications");
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("topic-BREACH_ESCALATED")).isReadOnly()).as("mandatory").isTrue();
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("topic-TASK_OFFERED")).isReadOnly()).isFalse();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("notifications"))))
                .as("the demo's breach chain told Nordwerk's applicant").isPositive();
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "admin");
        UI.getCurrent().navigate("outbox");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("outbox")))).isPositive();
    }
}

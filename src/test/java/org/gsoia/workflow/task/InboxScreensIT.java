package org.gsoia.workflow.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox screen in a browserless UI, as the German officer Thomas Wagner (officer.de1) uses it. */
@GsoiaSpringTest
class InboxScreensIT {

    @Autowired ApplicationContext context;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;

    private final Translations translations = new Translations();

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
    }

    private InboxView openInboxAs(String userId) {
        KaribuLogin.loginAndOpen(context, userId);
        UI.getCurrent().navigate("inbox");
        return _get(InboxView.class);
    }

    private String german(String key, Object... params) {
        return translations.getTranslation(key, Locale.GERMAN, params);
    }

    private static List<InboxRow> shown(InboxView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    private static InboxRow rowOf(InboxView view, String reference) {
        return shown(view).stream().filter(r -> r.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not shown"));
    }

    private static String assigneeOf(String taskId, TaskService taskService) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(InboxScreensIT::textOf).toList();
    }

    private static String textOf(Notification notification) {
        return notification.getElement().getProperty("text", "")
                + notification.getChildren().map(c -> c.getElement().getText()).reduce("", String::concat);
    }

    @Test
    void theReferenceFilterNarrowsTheGridAndASavedFilterComesBackAfterTheNextLogin() {
        String reference = submitGermanVisit(context, 40, "DE-GEHEIM");
        InboxView view = openInboxAs("officer.de1");
        assertThat(shown(view)).hasSize(inbox.count("officer.de1", InboxFilter.all()));
        assertThat(view.summary.getText()).isEqualTo(german("inbox.count", shown(view).size()));

        HasValueUtilsKt._setValue(view.reference, reference.substring(reference.length() - 6));
        assertThat(shown(view)).extracting(InboxRow::reference).containsOnly(reference);

        _click(_get(Button.class, spec -> spec.withId("inbox-save-filter")));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("inbox-filter-name")), "  ");
        _click(_get(Button.class, spec -> spec.withId("inbox-filter-save-ok")));
        TextField name = _get(TextField.class, spec -> spec.withId("inbox-filter-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(german("inbox.savedFilter.nameRequired"));
        HasValueUtilsKt._setValue(name, "Nur " + reference);
        _click(_get(Button.class, spec -> spec.withId("inbox-filter-save-ok")));
        assertThat(notificationTexts()).contains(german("inbox.savedFilter.saved", "Nur " + reference));
        KaribuLogin.logout();

        InboxView again = openInboxAs("officer.de1");
        assertThat(shown(again)).extracting(InboxRow::reference).contains(reference).hasSizeGreaterThan(1);
        SavedFilter saved = again.saved.getListDataView().getItems()
                .filter(f -> f.name().equals("Nur " + reference)).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(again.saved, saved);
        assertThat(again.reference.getValue()).isEqualTo(reference.substring(reference.length() - 6));
        assertThat(shown(again)).extracting(InboxRow::reference).containsOnly(reference);
    }

    @Test
    void theOverdueFilterShowsOnlyRowsWithTheOverdueBadge() {
        // a case of its own whose decision was due yesterday, so the overdue list cannot pass by being empty
        String overdue = submitGermanVisit(context, 46, "DE-GEHEIM");
        jdbc.update("update visit_request set decision_due_date = ? where reference = ?",
                java.sql.Date.valueOf(LocalDate.now().minusDays(1)), overdue);
        events.publishEvent(new CaseChanged(overdue));

        InboxView view = openInboxAs("officer.de1");
        HasValueUtilsKt._setValue(view.due, DueState.OVERDUE);
        assertThat(shown(view)).extracting(InboxRow::reference).contains(overdue);
        assertThat(shown(view)).allMatch(r -> inbox.dueState(r) == DueState.OVERDUE);
        HasValueUtilsKt._setValue(view.due, DueState.ON_TIME);
        assertThat(shown(view)).isNotEmpty().allMatch(r -> inbox.dueState(r) == DueState.ON_TIME);
        HasValueUtilsKt._setValue(view.party, "JP");
        assertThat(shown(view)).as("a German officer has no Japanese tasks").isEmpty();
    }

    @Test
    void anOfficerClaimsAndReleasesSelectedTasks() {
        String reference = submitGermanVisit(context, 41, "DE-GEHEIM");
        InboxView view = openInboxAs("officer.de1");
        HasValueUtilsKt._setValue(view.reference, reference);
        InboxRow row = rowOf(view, reference);

        view.grid.select(row);
        _click(view.claim);
        assertThat(assigneeOf(row.taskId(), taskService)).isEqualTo("officer.de1");
        assertThat(notificationTexts()).contains(german("inbox.claimed", 1));
        assertThat(rowOf(view, reference).assignee()).isEqualTo("officer.de1");

        view.grid.select(rowOf(view, reference));
        assertThat(view.release.isEnabled()).isTrue();
        _click(view.release);
        assertThat(assigneeOf(row.taskId(), taskService)).isNull();
    }

    @Test
    void aBulkHandOverGivesEverySelectedTaskToTheChosenColleague() {
        String first = submitGermanVisit(context, 42, "DE-GEHEIM");
        String second = submitGermanVisit(context, 43, "DE-GEHEIM");
        InboxView view = openInboxAs("officer.de1");
        HasValueUtilsKt._setValue(view.scope, InboxScope.GROUPS);
        InboxRow one = rowOf(view, first);
        InboxRow two = rowOf(view, second);

        view.grid.select(one);
        view.grid.select(two);
        Colleague julia = view.colleague.getListDataView().getItems()
                .filter(c -> c.userId().equals("officer.de2")).findFirst().orElseThrow();
        assertThat(view.colleague.getListDataView().getItems()).extracting(Colleague::userId)
                .doesNotContain("officer.jp1", "officer.jp2");
        HasValueUtilsKt._setValue(view.colleague, julia);
        _click(view.assign);

        assertThat(assigneeOf(one.taskId(), taskService)).isEqualTo("officer.de2");
        assertThat(assigneeOf(two.taskId(), taskService)).isEqualTo("officer.de2");
        assertThat(notificationTexts()).contains(german("inbox.assigned", 2));
        assertThat(shown(view)).extracting(InboxRow::taskId).doesNotContain(one.taskId(), two.taskId());
    }

    @Test
    void aTaskAColleagueClaimedMeanwhileGivesAClearMessageAndTheGridRefreshes() {
        String reference = submitGermanVisit(context, 44, "DE-GEHEIM");
        InboxView view = openInboxAs("officer.de1");
        HasValueUtilsKt._setValue(view.reference, reference);
        InboxRow row = rowOf(view, reference);
        view.grid.select(row);

        inbox.claim("officer.de2", row.taskId()); // Julia is quicker
        _click(view.claim);

        assertThat(notificationTexts()).contains(german("inbox.refused.CLAIMED_BY_OTHER"));
        assertThat(assigneeOf(row.taskId(), taskService)).isEqualTo("officer.de2");
        assertThat(rowOf(view, reference).assignee()).as("the grid shows the new state").isEqualTo("officer.de2");
    }

    @Test
    void thePollNoticesChangesByOthersAndKeepsTheSelection() {
        String mine = submitGermanVisit(context, 45, "DE-GEHEIM");
        String theirs = submitGermanVisit(context, 46, "DE-GEHEIM");
        InboxView view = openInboxAs("officer.de1");
        InboxRow selected = rowOf(view, mine);
        view.grid.select(selected);

        String before = inbox.changeStamp();
        inbox.claim("officer.de2", rowOf(view, theirs).taskId());
        assertThat(inbox.changeStamp()).isNotEqualTo(before);
        view.refreshIfChanged();

        assertThat(rowOf(view, theirs).assignee()).isEqualTo("officer.de2");
        assertThat(view.grid.getSelectedItems()).extracting(InboxRow::taskId).containsExactly(selected.taskId());
    }

    @Test
    void anApplicantSeesOnlyTheirOrganisationsTasksAndAManagerHasNoInbox() {
        InboxView view = openInboxAs("applicant.jp");
        assertThat(shown(view)).extracting(InboxRow::organisationId).containsOnly("JP-SAKURA");
        assertThat(view.claim.isAttached()).as("an applicant's tasks are the applicant's own: nothing to claim")
                .isFalse();
        assertThat(view.colleague.isAttached()).isFalse();
        assertThat(view.grid.getSelectionModel()).isInstanceOf(
                com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("gsoia-lead")).getText())
                .as("the lead speaks of opening tasks, not of selecting rows to claim or hand over")
                .isEqualTo(translations.getTranslation("inbox.lead.own", UI.getCurrent().getLocale()));
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "manager");
        UI.getCurrent().navigate("inbox");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(InboxView.class)).isEmpty();
    }

    @Test
    void anOfficersFiltersAndHandOverFieldHaveWholeLabelsAndNamesInTheReadersLanguage() {
        InboxView view = openInboxAs("officer.de1");
        assertThat(view.colleague.getLabel()).isEqualTo(translations.getTranslation("inbox.colleague", Locale.GERMAN));
        assertThat(view.reference.getPlaceholder()).doesNotEndWith("…").contains("VR-2026-000123");
        String longest = translations.getTranslation("inbox.scope.ALL", Locale.GERMAN);
        assertThat(Double.parseDouble(view.scope.getWidth().replace("em", "")))
                .as("wide enough for '%s'", longest).isGreaterThan(longest.length() * 0.5);
    }

    /** Issue 14, finding 9: an inbox nobody works in stops polling, so the idle session can end. */
    @Test
    void anInboxLeftAloneForTheSessionTimeoutStopsPollingSoTheSessionCanEnd() {
        InboxView view = openInboxAs("officer.de1");
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).isPositive();

        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));
        assertThat(ui.getPollInterval()).as("someone clicked a moment ago").isPositive();

        view.userActiveAt(java.time.Instant.now().minus(java.time.Duration.ofMinutes(31)));
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }
}

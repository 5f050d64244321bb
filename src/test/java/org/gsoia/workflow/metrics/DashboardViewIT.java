package org.gsoia.workflow.metrics;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.TaskService;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard in a browserless UI: filters recompute the figures; a figure lists its cases, exportable as CSV. */
@GsoiaSpringTest
class DashboardViewIT {

    @Autowired ApplicationContext context;
    @Autowired Dashboards dashboards;
    @Autowired VisitTasks tasks;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    private final Translations translations = new Translations();

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
    }

    private DashboardView open(Locale locale) {
        KaribuLogin.loginAndOpen(context, "manager");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("dashboard");
        return _get(DashboardView.class);
    }

    private static String figure(String id) {
        return _get(NativeButton.class, spec -> spec.withId("metrics-figure-" + id)).getElement().getChild(0).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersRecomputeTheFigures() {
        DashboardView view = open(Locale.ENGLISH);
        Dashboard all = dashboards.compute(DashboardFilter.of(Period.WEEKS_12));
        assertThat(all.openCases()).isPositive();
        assertThat(figure("open")).isEqualTo(Long.toString(all.openCases()));
        assertThat(figure("started")).isEqualTo(Long.toString(all.started()));

        Select<String> party = _get(Select.class, spec -> spec.withId("metrics-party"));
        party.setValue("DE");
        Dashboard germany = dashboards.compute(DashboardFilter.of(Period.WEEKS_12).withParty("DE"));
        Dashboard japan = dashboards.compute(DashboardFilter.of(Period.WEEKS_12).withParty("JP"));
        assertThat(germany.openCases() + japan.openCases()).isEqualTo(all.openCases());
        assertThat(germany.openCases()).isLessThan(all.openCases());
        assertThat(view.filter().partyCode()).contains("DE");
        assertThat(figure("open")).isEqualTo(Long.toString(germany.openCases()));
        assertThat(view.dashboard().perParty()).allMatch(c -> c.partyCode().equals("DE"));

        Select<Period> period = _get(Select.class, spec -> spec.withId("metrics-period"));
        period.setValue(Period.WEEKS_4);
        assertThat(view.dashboard().firstDay()).isEqualTo(Period.WEEKS_4.firstDay(dashboards.today()));

        Select<String> procedure = _get(Select.class, spec -> spec.withId("metrics-procedure"));
        procedure.setValue("visit-request");
        assertThat(view.filter().procedureKey()).contains("visit-request");
        Dashboard germanVisits = dashboards.compute(DashboardFilter.of(Period.WEEKS_4).withParty("DE")
                .withProcedure("visit-request"));
        assertThat(figure("open")).isEqualTo(Long.toString(germanVisits.openCases()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFigureListsItsCasesWithoutPersonalDataAndExportsThemAsCsvInJapanese() throws Exception {
        DashboardView view = open(Locale.JAPANESE);
        _click(_get(NativeButton.class, spec -> spec.withId("metrics-figure-open")));

        Grid<CaseRow> grid = _get(Grid.class, spec -> spec.withId("metrics-cases"));
        List<CaseRow> expected = dashboards.cases(view.filter(), CaseListKind.OPEN, null, null);
        assertThat(expected).isNotEmpty();
        assertThat(GridKt._size(grid)).isEqualTo(expected.size());
        assertThat(GridKt._get(grid, 0).reference()).isEqualTo(expected.get(0).reference());
        // reference, procedure, party, step, started, age, due date: nothing about the visitors
        assertThat(grid.getColumns()).hasSize(7);
        assertThat(_find(Anchor.class, spec -> spec.withId("metrics-cases-csv"))).hasSize(1);

        List<CaseRow> shown = GridKt._findAll(grid);
        String csv = new String(view.csv(shown), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(shown.size() + 1);
            assertThat(records.get(0).get(0)).isEqualTo(translations.getTranslation("metrics.case.reference", Locale.JAPANESE));
            assertThat(records.get(0).get(6)).isEqualTo("決定期限");
            for (int i = 0; i < shown.size(); i++) {
                CSVRecord record = records.get(i + 1);
                CaseRow row = shown.get(i);
                assertThat(record.get(0)).isEqualTo(row.reference());
                assertThat(record.get(1)).isEqualTo(translations.getTranslation("procedure." + row.procedureKey(),
                        Locale.JAPANESE)).isIn("訪問申請", "FSC照会", "漏えい等の通報");
                assertThat(record.get(2)).isIn("日本", "ドイツ");
                // the step's (or outcome's) Japanese label, straight from the translations
                assertThat(record.get(3)).isEqualTo(row.step() == null ? row.stepFallback()
                        : translations.getTranslation(row.step(), Locale.JAPANESE)).isNotBlank();
                assertThat(record.get(5)).isEqualTo(Integer.toString(row.ageWorkingDays()));
            }
            // Japanese step names, e.g. 申請の決定 for the host authority's review
            assertThat(records.stream().skip(1).map(r -> r.get(3)))
                    .anyMatch(step -> step.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA));
        }
    }

    @Test
    void theBacklogListsTheCasesWaitingWithAnAuthority() {
        DashboardView view = open(Locale.GERMAN);
        Dashboard.Backlog first = view.dashboard().backlog().get(0);
        _click(_get(Button.class,
                spec -> spec.withId("metrics-backlog-" + first.holderGroup())));
        @SuppressWarnings("unchecked")
        Grid<CaseRow> grid = _get(Grid.class, spec -> spec.withId("metrics-cases"));
        assertThat((long) GridKt._size(grid)).isEqualTo(first.total());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOnTimeShareListsTheDecisionsThatMissedTheirDueDate() {
        // a rejection whose due date then turns out to have been the day before: one decision after its due date
        String late = submitGermanVisit(context, 47, "DE-GEHEIM");
        tasks.certify(openTask(late, "certifyClearances"), "officer.de1", true, null);
        tasks.decide(openTask(late, "reviewRequest"), "officer.jp1", HostAuthorityDecision.REJECT, null, null,
                RejectionReason.values()[0], "Not needed");
        jdbc.update("update visit_request set decision_due_date = cast(decided_at as date) - 1 where reference = ?",
                late);
        events.publishEvent(new CaseChanged(late));

        DashboardView view = open(Locale.ENGLISH);
        _click(_get(NativeButton.class, spec -> spec.withId("metrics-figure-onTime")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).startsWith("Decided after the due date: ");
        Grid<CaseRow> grid = _get(Grid.class, spec -> spec.withId("metrics-cases"));
        assertThat(view.dashboard().compliance().decided() - view.dashboard().compliance().onTime()).isPositive();
        assertThat((long) GridKt._size(grid))
                .isEqualTo(view.dashboard().compliance().decided() - view.dashboard().compliance().onTime());
        assertThat(GridKt._findAll(grid)).extracting(CaseRow::reference).contains(late);
    }

    private String openTask(String reference, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    @Test
    void onlyManagersSeeTheDashboard() {
        KaribuLogin.loginAndOpen(context, "officer.de1");
        UI.getCurrent().navigate("dashboard");
        assertThat(_find(DashboardView.class)).isEmpty();
    }

    @Test
    void theRegistersShowClearancesExpiringWithinTheAttentionWindowPerParty() {
        open(Locale.ENGLISH);
        String all = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("metrics-registers"))
                .getElement().getTextRecursively();
        long psc = jdbc.queryForObject("select count(*) from personnel_clearance where status = 'VALID'"
                + " and expires_on between current_date and current_date + 90", Long.class);
        assertThat(all).contains(translations.getTranslation("metrics.register.fscExpiring", Locale.ENGLISH, 90))
                .contains(translations.getTranslation("metrics.register.pscExpiring", Locale.ENGLISH, 90) + psc);
        @SuppressWarnings("unchecked")
        Select<String> party = _get(Select.class, spec -> spec.withId("metrics-party"));
        party.setValue("JP");
        long japanese = jdbc.queryForObject("select count(*) from personnel_clearance where status = 'VALID'"
                + " and party_code = 'JP' and expires_on between current_date and current_date + 90", Long.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("metrics-registers"))
                .getElement().getTextRecursively())
                .contains(translations.getTranslation("metrics.register.pscExpiring", Locale.ENGLISH, 90) + japanese);
    }
}

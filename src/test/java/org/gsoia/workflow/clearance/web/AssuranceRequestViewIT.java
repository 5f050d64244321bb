package org.gsoia.workflow.clearance.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.AssuranceReason;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.clearance.AssuranceStatus;
import org.gsoia.workflow.clearance.ClearanceDecision;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.clearance.TestFacilities;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assurance screens as ATLA's 木村 直樹 files a request about a German company (in Japanese) and BMWE's Sabine
 * Krause answers it and runs the national clearance (in German), with bad input at each form; and as a visit
 * officer, who has no part in it.
 */
@GsoiaSpringTest
class AssuranceRequestViewIT {

    @Autowired ApplicationContext context;
    @Autowired AssuranceRequests requests;
    @Autowired FacilityClearances clearances;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String facility;

    @BeforeEach
    void aGermanCompanyInProcess() {
        facility = TestFacilities.germanInProcess(jdbc);
    }

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        jdbc.queryForList("select reference from fsc_assurance_request where facility_id = ?", String.class, facility)
                .forEach(reference -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                        .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test ended")));
        TestFacilities.remove(jdbc, facility);
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

    private void open(String userId, String route) {
        KaribuLogin.loginAndOpen(context, userId);
        UI.getCurrent().navigate(route);
    }

    private String fileAsKimura() {
        open("security.jp1", "assurance-requests/new");
        click("file-assurance-request");
        ComboBox<FacilityEntry> company = _get(ComboBox.class, spec -> spec.withId("assurance-facility"));
        assertThat(company.isInvalid()).isTrue();
        assertThat(company.getErrorMessage()).isEqualTo(ja("validation.required"));
        assertThat(_get(TextField.class, spec -> spec.withId("assurance-contracting-entity")).getErrorMessage())
                .isEqualTo(ja("validation.required"));

        company.setValue(company.getListDataView().getItems().filter(f -> f.id().equals(facility)).findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("assurance-contracting-entity")).setValue("防衛装備庁\u0007");
        Select<AssuranceReason> reason = _get(Select.class, spec -> spec.withId("assurance-reason"));
        reason.setValue(AssuranceReason.CONTRACT);
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("assurance-required-level"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("JP-GOKUHI")).findFirst()
                .orElseThrow());
        click("file-assurance-request");
        TextField entity = _get(TextField.class, spec -> spec.withId("assurance-contracting-entity"));
        assertThat(entity.getErrorMessage()).isEqualTo(ja("validation.controlCharacters"));
        assertThat(_get(TextField.class, spec -> spec.withId("assurance-contract-reference")).getErrorMessage())
                .as("a contract needs its reference").isEqualTo(ja("validation.required"));
        assertThat(jdbc.queryForObject("select count(*) from fsc_assurance_request where facility_id = ?",
                Integer.class, facility)).isZero();

        entity.setValue("防衛装備庁 契約管理課");
        _get(TextField.class, spec -> spec.withId("assurance-contract-reference")).setValue("ATLA-2026-0042");
        _get(Checkbox.class, spec -> spec.withId("assurance-sponsorship")).setValue(true);
        click("file-assurance-request");
        return jdbc.queryForObject("select reference from fsc_assurance_request where facility_id = ?", String.class,
                facility);
    }

    @Test
    @SuppressWarnings("unchecked")
    void japanAsksGermanyRepliesInProcessTheClearanceIsGrantedAndJapanReadsTheReply() {
        String reference = fileAsKimura();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("assurance-requests/" + reference);
        assertThat(text("assurance-status")).isEqualTo(ja("assurance.status.AWAITING_REPLY"));
        assertThat(_find(Component.class, spec -> spec.withId("task-panel"))).as("the reply is not Japan's").isEmpty();
        KaribuLogin.logout();

        open("security.de1", "assurance-requests");
        Grid<AssuranceRequest> list = _get(Grid.class, spec -> spec.withId("assurance-requests"));
        assertThat(GridKt._findAll(list)).extracting(AssuranceRequest::getReference).contains(reference);
        UI.getCurrent().navigate("assurance-requests/" + reference);
        assertThat(text("task-panel")).contains(de("clearance.task.replyToRequest"))
                .contains(de("assurance.replyStatus.IN_PROCESS"));
        assertThat(text("reply-next")).isEqualTo(de("assurance.reply.next.inProcess"));
        click("task-action-reply");
        assertThat(text("assurance-status")).isEqualTo(de("assurance.status.IN_NATIONAL_CLEARANCE"));
        assertThat(text("assurance-reply")).contains(de("assurance.replyStatus.IN_PROCESS"));

        // company data: required
        click("task-action-company-data");
        assertThat(_get(TextArea.class, spec -> spec.withId("task-foreignOwnership")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        _get(TextArea.class, spec -> spec.withId("task-foreignOwnership")).setValue("Rheintal Holding AG (100 %)");
        click("task-action-company-data");
        // officers: the deputy is another person
        _get(TextField.class, spec -> spec.withId("task-securityOfficer")).setValue("Petra Lang");
        _get(TextField.class, spec -> spec.withId("task-deputySecurityOfficer")).setValue("petra lang");
        click("task-action-officers");
        assertThat(_get(TextField.class, spec -> spec.withId("task-deputySecurityOfficer")).getErrorMessage())
                .isEqualTo(de("assurance.deputy.sameAsOfficer"));
        _get(TextField.class, spec -> spec.withId("task-deputySecurityOfficer")).setValue("Jens Ott");
        click("task-action-officers");
        // inspection: not in the future
        DatePicker inspected = _get(DatePicker.class, spec -> spec.withId("task-inspected-on"));
        inspected.setValue(LocalDate.now(clock).plusDays(3));
        ((RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("task-inspection-passed")))
                .setValue(true);
        click("task-action-inspection");
        assertThat(inspected.getErrorMessage()).isEqualTo(de("assurance.inspectedOn.future"));
        inspected.setValue(LocalDate.now(clock));
        click("task-action-inspection");
        // decision: a grant states level and expiry, as the register requires
        ((RadioButtonGroup<ClearanceDecision>) _get(RadioButtonGroup.class,
                spec -> spec.withId("task-clearance-decision"))).setValue(ClearanceDecision.GRANTED);
        click("task-action-decide");
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("task-level"));
        assertThat(level.getErrorMessage()).isEqualTo(de("validation.required"));
        assertThat(_get(DatePicker.class, spec -> spec.withId("task-expires-on")).getErrorMessage())
                .isEqualTo(de("validation.required"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("DE-GEHEIM")).findFirst()
                .orElseThrow());
        _get(DatePicker.class, spec -> spec.withId("task-expires-on")).setValue(LocalDate.now(clock).plusYears(5));
        click("task-action-decide");
        assertThat(text("assurance-status")).isEqualTo(de("assurance.status.REPLIED"));
        assertThat(clearances.clearance(facility, "security.de1").orElseThrow().status()).isEqualTo(FscStatus.VALID);
        KaribuLogin.logout();

        open("security.jp1", "assurance-requests/" + reference);
        assertThat(text("assurance-reply")).contains(ja("assurance.replyStatus.VALID"))
                .contains("Petra Lang");
        assertThat(text("assurance-reply-covers")).isEqualTo(ja("assurance.reply.covers"));
        assertThat(text("task-panel")).contains(ja("clearance.task.takeNoteOfReply"));
        click("task-action-record");
        assertThat(text("assurance-status")).isEqualTo(ja("assurance.status.CLOSED"));
    }

    @Test
    void theRequesterWithdrawsWithAReasonAndAVisitOfficerHasNoPartInIt() {
        String reference = fileAsKimura();
        click("withdraw-request");
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo(ja("validation.required"));
        reason.setValue("契約交渉が中止されたため。");
        click("withdraw-request");
        assertThat(text("assurance-status")).isEqualTo(ja("assurance.status.WITHDRAWN"));
        assertThat(_find(Component.class, spec -> spec.withId("assurance-withdrawal"))).isEmpty();
        KaribuLogin.logout();

        open("officer.de1", "assurance-requests");
        assertThat(text("assurance-not-security-authority")).isEqualTo(de("assurance.list.notSecurityAuthority"));
        UI.getCurrent().navigate("assurance-requests/" + reference);
        assertThat(_find(Component.class, spec -> spec.withId("assurance-status"))).as("not found for BAAINBw")
                .isEmpty();
        assertThat(requests.find(reference, "officer.de1")).isEmpty();
    }
}

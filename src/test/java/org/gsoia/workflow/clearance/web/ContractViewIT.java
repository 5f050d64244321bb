package org.gsoia.workflow.clearance.web;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.clearance.ClassifiedContract;
import org.gsoia.workflow.clearance.ClassifiedContracts;
import org.gsoia.workflow.clearance.ContractItem;
import org.gsoia.workflow.clearance.PersonnelClearance;
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
 * The contract screens as the two authorities use them: ATLA's officer (in Japanese) records a contract with a German
 * company in process, bad input first, adds an item and is refused its release with the reasons; BMWE's officer (in
 * German) names the company's cleared person and is refused a consent dated in the future; once the FSC stands,
 * ATLA releases the item.
 */
@GsoiaSpringTest
class ContractViewIT {

    @Autowired ApplicationContext context;
    @Autowired ClassifiedContracts contracts;
    @Autowired FacilityRegister facilities;
    @Autowired RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired org.gsoia.workflow.clearance.FacilityClearances facilityClearances;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String facility;
    private Long person;

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        if (facility == null) {
            return;
        }
        for (String reference : jdbc.queryForList("select reference from fsc_contract where contractor_facility_id = ?",
                String.class, facility)) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        }
        String ofFacility = "(select id from fsc_contract where contractor_facility_id = ?)";
        for (String table : new String[] {"fsc_contract_item", "fsc_contract_staff", "fsc_subcontract_consent",
                "fsc_contract_report"}) {
            jdbc.update("delete from " + table + " where contract_id in " + ofFacility, facility);
        }
        jdbc.update("delete from fsc_contract where contractor_facility_id = ?", facility);
        if (person != null) {
            jdbc.update("delete from personnel_clearance where id = ?", person);
        }
        TestFacilities.remove(jdbc, facility);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private String ja(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.JAPANESE, arguments);
    }

    private static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text", "") + e.getTextRecursively()).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void atlaRecordsAndIsRefusedThenBmweNamesStaffAndAtlaReleases() {
        facility = TestFacilities.germanInProcess(jdbc);

        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("contracts/new");
        _get(Button.class, spec -> spec.withId("record-contract")).click();
        assertThat(_get(TextField.class, spec -> spec.withId("contract-contracting-entity")).getErrorMessage())
                .isEqualTo(ja("validation.required"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("contract-contractor")).isInvalid()).isTrue();
        _get(TextField.class, spec -> spec.withId("contract-contracting-entity")).setValue("防衛装備庁");
        _get(TextField.class, spec -> spec.withId("contract-number")).setValue("ATLA-K-\u001b1");
        _get(TextField.class, spec -> spec.withId("contract-subject")).setValue("センサー統合研究");
        FacilityEntry contractor = facilities.find(facility).orElseThrow();
        ((ComboBox<FacilityEntry>) _get(ComboBox.class, spec -> spec.withId("contract-contractor")))
                .setValue(contractor);
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("contract-highest-level"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("JP-GOKUHI")).findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("contract-guide")).setValue("ATLA SAL 2026-99");
        _get(TextArea.class, spec -> spec.withId("contract-security-clause")).setValue("保全条項");
        _get(Button.class, spec -> spec.withId("record-contract")).click();
        assertThat(_get(TextField.class, spec -> spec.withId("contract-number")).getErrorMessage())
                .isEqualTo(ja("validation.controlCharacters"));
        _get(TextField.class, spec -> spec.withId("contract-number")).setValue("ATLA-K-1");
        _get(Button.class, spec -> spec.withId("record-contract")).click();
        String reference = jdbc.queryForObject("select reference from fsc_contract where contractor_facility_id = ?",
                String.class, facility);
        assertThat(text("contract-facts")).contains("ATLA-K-1").contains("ATLA SAL 2026-99");
        UI.getCurrent().navigate("contracts");
        Grid<ClassifiedContract> list = _get(Grid.class, spec -> spec.withId("contracts"));
        assertThat(GridKt._get(list, 0).getReference()).as("newest first").isEqualTo(reference);
        UI.getCurrent().navigate("contracts/" + reference);

        _get(TextField.class, spec -> spec.withId("item-title")).setValue("インターフェース管理文書");
        _get(Button.class, spec -> spec.withId("add-item")).click();
        assertThat(_get(Select.class, spec -> spec.withId("item-level")).getErrorMessage())
                .isEqualTo(ja("validation.required"));
        Select<ClassificationLevel> itemLevel = _get(Select.class, spec -> spec.withId("item-level"));
        itemLevel.setValue(itemLevel.getListDataView().getItems().filter(l -> l.getId().equals("JP-GOKUHI"))
                .findFirst().orElseThrow());
        _get(Button.class, spec -> spec.withId("add-item")).click();
        Grid<ContractItem> items = _get(Grid.class, spec -> spec.withId("contract-items"));
        assertThat(GridKt._size(items)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(items, 0, "release-state").getElement().getTextRecursively())
                .contains(ja("contract.gap.NO_STAFF"));
        ((Button) GridKt._getCellComponent(items, 0, "release-action")).click();
        assertThat(notifications()).contains(ja("contract.item.refused")).contains(ja("contract.gap.NO_STAFF"))
                .contains(ja("contract.gap.FSC_NOT_VALID", ja("fsc.status.IN_PROCESS")));
        KaribuLogin.logout();

        LocalDate today = LocalDate.now(clock);
        jdbc.update("insert into personnel_clearance (version, party_code, name_native, name_passport, date_of_birth,"
                + " facility_id, scheme, level_id, issued_on, expires_on, issuing_authority_id, status, recorded_by,"
                + " recorded_at) values (0, 'DE', 'Eva Staff', 'STAFF, EVA', date '1985-05-05', ?, 'DE_UE2',"
                + " 'DE-GEHEIM', ?, ?, 'DE-BMWE', 'VALID', 'test', current_timestamp)", facility, today.minusYears(1),
                today.plusYears(3));
        person = jdbc.queryForObject("select max(id) from personnel_clearance", Long.class);
        KaribuLogin.loginAndOpen(context, "security.de1");
        UI.getCurrent().navigate("contracts/" + reference);
        assertThat(_get(Button.class, spec -> spec.withId("name-staff")).isVisible()).isTrue();
        ComboBox<PersonnelClearance> staff = _get(ComboBox.class, spec -> spec.withId("staff-person"));
        _get(Button.class, spec -> spec.withId("name-staff")).click();
        assertThat(staff.getErrorMessage()).isEqualTo(translations.getTranslation("validation.required",
                Locale.GERMAN));
        staff.setValue(staff.getListDataView().getItems().filter(p -> p.getId().equals(person)).findFirst()
                .orElseThrow());
        _get(Button.class, spec -> spec.withId("name-staff")).click();
        ((ComboBox<FacilityEntry>) _get(ComboBox.class, spec -> spec.withId("consent-subcontractor")))
                .setValue(facilities.find("DE-NORDWERK-KEL").orElseThrow());
        _get(TextField.class, spec -> spec.withId("consent-reference")).setValue("BMWE-Z-1");
        _get(DatePicker.class, spec -> spec.withId("consent-date")).setValue(today.plusDays(5));
        _get(Button.class, spec -> spec.withId("record-consent")).click();
        assertThat(_get(DatePicker.class, spec -> spec.withId("consent-date")).getErrorMessage())
                .isEqualTo(translations.getTranslation("validation.contract.consentInFuture", Locale.GERMAN));
        assertThat(contracts.find(reference, "security.de1").orElseThrow().getStaff()).containsExactly(person);
        KaribuLogin.logout();

        jdbc.update("update facility set fsc_status = 'VALID', fsc_level_id = 'DE-GEHEIM', fsc_expires_on = ?"
                + " where id = ?", today.plusYears(2), facility);
        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("contracts/" + reference);
        items = _get(Grid.class, spec -> spec.withId("contract-items"));
        assertThat(GridKt._getCellComponent(items, 0, "release-state").getElement().getTextRecursively())
                .isEqualTo(ja("contract.item.ready"));
        ((Button) GridKt._getCellComponent(items, 0, "release-action")).click();
        ClassifiedContract released = contracts.find(reference, "security.jp1").orElseThrow();
        assertThat(released.getItems()).singleElement().matches(ContractItem::isReleased);
        items = _get(Grid.class, spec -> spec.withId("contract-items"));
        assertThat(GridKt._getCellComponent(items, 0, "release-state").getElement().getAttribute("theme"))
                .as("shown as released").contains("success");
    }

    @Test
    void nordwerkSubmitsItsHalfYearlyReportAndAtlaSecuresTheInformationAfterASuspension() {
        facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
        String reference = contracts.record(new org.gsoia.workflow.clearance.ClassifiedContractData("防衛装備庁",
                "ATLA-K-2", "Radar study", facility, "JP-GOKUHI", "保全条項", "ATLA SAL 2"), "security.jp1")
                .getReference();
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
        managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()
                .forEach(job -> managementService.executeJob(job.getId()));

        KaribuLogin.loginAndOpen(context, "applicant.de");
        UI.getCurrent().navigate("contracts/" + reference);
        assertThat(text("task-panel")).contains(translations.getTranslation("clearance.task.submitContractReport",
                Locale.GERMAN));
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("report-changes")).setValue(true);
        _get(Button.class, spec -> spec.withId("task-action-report")).click();
        assertThat(_get(TextArea.class, spec -> spec.withId("report-note")).getErrorMessage())
                .as("a change must be described").isEqualTo(translations.getTranslation("validation.required",
                        Locale.GERMAN));
        _get(TextArea.class, spec -> spec.withId("report-note")).setValue("Neuer Sicherheitsbevollmächtigter.");
        _get(Button.class, spec -> spec.withId("task-action-report")).click();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("contract-reports")))).isEqualTo(1);
        KaribuLogin.logout();

        var now = facilityClearances.clearance(facility, "security.de1").orElseThrow();
        facilityClearances.change(facility, "security.de1", now.version(), new org.gsoia.workflow.clearance
                .ClearanceChange(org.gsoia.workflow.agreement.FscStatus.SUSPENDED, now.levelId(), now.storageLevelId(),
                now.expiresOn(), null, now.issuingAuthorityId(), now.securityOfficer(), now.deputySecurityOfficer(),
                "BMWE-GS-T-11", "Test"));
        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("contracts/" + reference);
        assertThat(text("task-panel")).contains(ja("clearance.task.secureReleasedInformation"));
        _get(Button.class, spec -> spec.withId("task-action-secure")).click();
        assertThat(_get(TextArea.class, spec -> spec.withId("secured-note")).getErrorMessage())
                .isEqualTo(ja("validation.required"));
        _get(TextArea.class, spec -> spec.withId("secured-note")).setValue("未提供のため措置不要。");
        _get(Button.class, spec -> spec.withId("task-action-secure")).click();
        assertThat(text("contract-facts")).contains("未提供のため措置不要。");
        assertThat(_find(Component.class, spec -> spec.withId("task-panel"))).isEmpty();
    }
}

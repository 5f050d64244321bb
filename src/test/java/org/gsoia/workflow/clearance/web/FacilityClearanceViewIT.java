package org.gsoia.workflow.clearance.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.ClearanceChange;
import org.gsoia.workflow.clearance.FacilityClearance;
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
 * The clearance page of the FSC register as BMWE's officer Sabine Krause keeps it, and as the visit officers Thomas
 * Wagner (BAAINBw) and 田中 健 (ATLA) read it.
 */
@GsoiaSpringTest
class FacilityClearanceViewIT {

    @Autowired ApplicationContext context;
    @Autowired FacilityClearances clearances;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String facility;

    @BeforeEach
    void aGermanFacilityOfItsOwn() {
        facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
    }

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        TestFacilities.remove(jdbc, facility);
    }

    private String de(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.GERMAN, arguments);
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private void openAs(String userId) {
        KaribuLogin.loginAndOpen(context, userId);
        UI.getCurrent().navigate("facilities/" + facility);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterOpensAFacilitysClearance() {
        KaribuLogin.loginAndOpen(context, "officer.de1");
        UI.getCurrent().navigate("facilities");
        Grid<FacilityEntry> register = _get(Grid.class, spec -> spec.withId("facility-register"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(register))
                .filter(i -> GridKt._get(register, i).id().equals(facility)).findFirst().orElseThrow();
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(register, row, "facility");
        Anchor open = (Anchor) cell.getChildren().filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(open.getHref()).isEqualTo("facilities/" + facility);
        assertThat(open.getText()).startsWith("Nordwerk Systemtechnik GmbH");
        assertThat(cell.getElement().getTextRecursively()).as("the organisation under its facility")
                .endsWith("Nordwerk Systemtechnik GmbH");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegistersSearchAsksTheDatabaseAndAControlCharacterIsNamedNotSearched() {
        KaribuLogin.loginAndOpen(context, "officer.de1");
        UI.getCurrent().navigate("facilities");
        Grid<FacilityEntry> register = _get(Grid.class, spec -> spec.withId("facility-register"));
        TextField search = _get(TextField.class, spec -> spec.withLabel(de("facilities.search")));
        search.setValue("friedrichshafen");
        assertThat(GridKt._size(register)).isEqualTo(1);
        assertThat(GridKt._get(register, 0).id()).isEqualTo("DE-RHEINTAL-FDH");
        search.setValue("Friedrichs\u0000hafen");
        assertThat(search.isInvalid()).isTrue();
        assertThat(search.getErrorMessage()).isEqualTo(de("validation.controlCharacters"));
        assertThat(GridKt._size(register)).isZero();
        search.clear();
        assertThat(search.isInvalid()).isFalse();
        assertThat(GridKt._size(register)).isGreaterThanOrEqualTo(7);
    }

    @Test
    void anOfficerSuspendsWithAReasonsFileAndTheHistorySaysWhoWhatAndWhy() {
        openAs("security.de1");
        assertThat(text("clearance-state")).contains(de("fsc.status.VALID").split(" ")[0])
                .contains("Karin Albers").contains("Jonas Albrecht")
                .contains("Bundesministerium für Wirtschaft und Energie");

        select(de("clearance.status")).setValue(FscStatus.SUSPENDED);
        _get(TextArea.class, spec -> spec.withLabel(de("clearance.reason"))).setValue("Sicherheitsbevollmächtigte ausgeschieden.");
        _get(Button.class, spec -> spec.withId("clearance-save")).click();

        TextField reasonsFile = _get(TextField.class, spec -> spec.withLabel(de("clearance.reasonsReference")));
        assertThat(reasonsFile.isInvalid()).isTrue();
        assertThat(reasonsFile.getErrorMessage()).isEqualTo(de("clearance.reasonsReference.required"));
        assertThat(clearances.clearance(facility, "officer.de1").orElseThrow().status()).isEqualTo(FscStatus.VALID);

        reasonsFile.setValue("BMWE-GS-2026-0500");
        _get(Button.class, spec -> spec.withId("clearance-save")).click();

        assertThat(clearances.clearance(facility, "officer.de1").orElseThrow().status()).isEqualTo(FscStatus.SUSPENDED);
        assertThat(text("clearance-state")).contains(de("fsc.status.SUSPENDED")).contains("BMWE-GS-2026-0500");
        Grid<?> history = _get(Grid.class, spec -> spec.withId("clearance-history"));
        assertThat(GridKt._size(history)).as("the change, and the state it started from").isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0))
                .anySatisfy(cell -> assertThat(cell).startsWith("Sabine Krause (Bundesministerium für Wirtschaft"))
                .anySatisfy(cell -> assertThat(cell).contains(de("clearance.field.STATUS") + ": "
                        + de("fsc.status.VALID") + " → " + de("fsc.status.SUSPENDED"))
                        .contains(de("clearance.field.REASONS_REFERENCE") + ": – → BMWE-GS-2026-0500"))
                .contains("Sicherheitsbevollmächtigte ausgeschieden.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel(de("clearance.reason"))).getValue())
                .as("the next change needs its own reason").isEmpty();
    }

    @Test
    void aChangeMadeMeanwhileIsShownAndTheOfficersEntriesAreKept() {
        openAs("security.de1");
        select(de("clearance.status")).setValue(FscStatus.REVOKED);
        _get(TextField.class, spec -> spec.withLabel(de("clearance.reasonsReference"))).setValue("BMWE-GS-2026-0501");
        _get(TextArea.class, spec -> spec.withLabel(de("clearance.reason"))).setValue("Aufhebung nach Prüfung.");

        // a colleague records a change before Sabine Krause saves
        FacilityClearance now = clearances.clearance(facility, "security.de2").orElseThrow();
        clearances.change(facility, "security.de2", now.version(), new ClearanceChange(FscStatus.SUSPENDED,
                now.levelId(), now.storageLevelId(), now.expiresOn(), null, now.issuingAuthorityId(),
                "Neuer Beauftragter", now.deputySecurityOfficer(), "BMWE-GS-2026-0502", "Vorläufig ausgesetzt."));
        _get(Button.class, spec -> spec.withId("clearance-save")).click();

        assertThat(text("clearance-form-problems")).isEqualTo(de("clearance.changedMeanwhile"));
        assertThat(text("clearance-state")).contains(de("fsc.status.SUSPENDED")).contains("BMWE-GS-2026-0502");
        assertThat(_get(TextArea.class, spec -> spec.withLabel(de("clearance.reason"))).getValue())
                .isEqualTo("Aufhebung nach Prüfung.");
        assertThat(clearances.clearance(facility, "officer.de1").orElseThrow().status()).isEqualTo(FscStatus.SUSPENDED);

        // the officer's own edits stay, the colleague's change of a field the officer left alone is taken over
        assertThat(select(de("clearance.status")).getValue()).isEqualTo(FscStatus.REVOKED);
        assertThat(_get(TextField.class, spec -> spec.withLabel(de("clearance.reasonsReference"))).getValue())
                .isEqualTo("BMWE-GS-2026-0501");
        assertThat(_get(TextField.class, spec -> spec.withLabel(de("clearance.securityOfficer"))).getValue())
                .isEqualTo("Neuer Beauftragter");

        // having seen the colleague's change, the officer records the own one, and loses none of the colleague's
        _get(Button.class, spec -> spec.withId("clearance-save")).click();
        FacilityClearance saved = clearances.clearance(facility, "security.de1").orElseThrow();
        assertThat(saved.status()).isEqualTo(FscStatus.REVOKED);
        assertThat(saved.reasonsReference()).isEqualTo("BMWE-GS-2026-0501");
        assertThat(saved.securityOfficer()).isEqualTo("Neuer Beauftragter");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("clearance-history")))).isEqualTo(3);
    }

    @Test
    void theOtherPartysOfficerReadsTheClearanceInJapaneseButCannotChangeIt() {
        FacilityClearance now = clearances.clearance(facility, "security.de1").orElseThrow();
        clearances.change(facility, "security.de1", now.version(), new ClearanceChange(FscStatus.VALID, now.levelId(),
                now.storageLevelId(), now.expiresOn(), "Nur Halle 2.", now.issuingAuthorityId(), now.securityOfficer(),
                now.deputySecurityOfficer(), null, "Auflage nach Inspektion."));
        openAs("officer.jp1");
        // what the German officer wrote is marked as German for the Japanese reader
        String inGerman = translations.getTranslation("text.writtenIn", Locale.JAPANESE,
                Locale.GERMAN.getDisplayLanguage(Locale.JAPANESE));
        assertThat(text("clearance-state")).contains("Nur Halle 2. " + inGerman);
        // how the clearance came about (history, reasons file) is the German authorities' business
        assertThat(_find(Grid.class, spec -> spec.withId("clearance-history"))).isEmpty();
        assertThat(text("clearance-state")).doesNotContain(
                translations.getTranslation("clearance.reasonsReference", Locale.JAPANESE));
        assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("clearance-form"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("clearance-read-only")).getText())
                .isEqualTo(translations.getTranslation("clearance.readOnly", Locale.JAPANESE,
                        translations.getTranslation("party.DE", Locale.JAPANESE),
                        "Bundesministerium für Wirtschaft und Energie"));
        assertThat(text("clearance-state")).contains(translations.getTranslation("fsc.status.VALID", Locale.JAPANESE)
                .substring(0, 2));
    }

    @Test
    void anUnknownFacilityAndAnApplicantFindNothing() {
        KaribuLogin.loginAndOpen(context, "officer.de1");
        UI.getCurrent().navigate("facilities/" + facility);
        assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("clearance-form"))).as("BAAINBw decides visits; BMWE keeps the register").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("clearance-read-only")).getText())
                .isEqualTo(de("clearance.readOnly", de("party.DE"), "Bundesministerium für Wirtschaft und Energie"));
        UI.getCurrent().navigate("facilities/DE-NOWHERE");
        assertThat(_get(H2.class).getText()).isEqualTo(de("error.notFound.title"));
        KaribuLogin.logout();
        KaribuLogin.loginAndOpen(context, "applicant.jp");
        UI.getCurrent().navigate("facilities/" + facility);
        assertThat(_get(H2.class).getText())
                .isEqualTo(translations.getTranslation("error.notFound.title", Locale.JAPANESE));
    }
}

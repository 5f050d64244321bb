package org.gsoia.workflow.clearance.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PscScheme;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PSC register screens as BMWE's Sabine Krause records a person (bad passport spelling first), as BAAINBw's
 * Thomas Wagner reads the entry without a form, and as ATLA's officer, who does not find a German entry.
 */
@GsoiaSpringTest
class PersonnelRegisterViewIT {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        jdbc.update("delete from personnel_clearance where name_passport = 'BERGER, LENA'");
    }

    private String de(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.GERMAN, arguments);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRecordsAPersonAndOthersReadOrDoNotFindIt() {
        KaribuLogin.loginAndOpen(context, "security.de1");
        UI.getCurrent().navigate("personnel");
        Grid<PersonnelClearance> register = _get(Grid.class, spec -> spec.withId("psc-register"));
        assertThat(GridKt._findAll(register)).extracting(PersonnelClearance::getNamePassport)
                .contains("ALBRECHT, JONAS", "OKAFOR, MIRIAM").doesNotContain("YAMADA, TARO");

        _get(Button.class, spec -> spec.withId("psc-new")).click();
        _get(TextField.class, spec -> spec.withId("psc-name-native")).setValue("Lena Berger");
        _get(TextField.class, spec -> spec.withId("psc-name-passport")).setValue("Berger, Lena");
        _get(DatePicker.class, spec -> spec.withId("psc-date-of-birth")).setValue(LocalDate.of(1992, 7, 1));
        Select<PscScheme> scheme = _get(Select.class, spec -> spec.withId("psc-scheme"));
        scheme.setValue(scheme.getListDataView().getItems().filter(s -> s.getCode().equals("DE_UE2")).findFirst()
                .orElseThrow());
        Select<ClassificationLevel> level = _get(Select.class, spec -> spec.withId("psc-level"));
        level.setValue(level.getListDataView().getItems().filter(l -> l.getId().equals("DE-GEHEIM")).findFirst()
                .orElseThrow());
        LocalDate today = LocalDate.now(clock);
        _get(DatePicker.class, spec -> spec.withId("psc-issued-on")).setValue(today.minusMonths(2));
        _get(DatePicker.class, spec -> spec.withId("psc-expires-on")).setValue(today.plusYears(5));
        _get(Button.class, spec -> spec.withId("psc-save")).click();
        TextField passport = _get(TextField.class, spec -> spec.withId("psc-name-passport"));
        assertThat(passport.isInvalid()).isTrue();
        assertThat(passport.getErrorMessage()).isEqualTo(de("psc.namePassport.format"));

        passport.setValue("BERGER, LENA");
        _get(Button.class, spec -> spec.withId("psc-save")).click();
        Long id = jdbc.queryForObject("select id from personnel_clearance where name_passport = 'BERGER, LENA'",
                Long.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("personnel/" + id);
        assertThat(_get(Component.class, spec -> spec.withId("psc-recorded")).getElement().getTextRecursively())
                .contains("Sabine Krause");
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "officer.de1");
        UI.getCurrent().navigate("personnel/" + id);
        assertThat(_get(Component.class, spec -> spec.withId("psc-read-only")).getElement().getTextRecursively())
                .isEqualTo(de("psc.readOnly"));
        assertThat(_find(Button.class, spec -> spec.withId("psc-save"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("psc-name-passport")).isEnabled()).isFalse();
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "security.jp1");
        UI.getCurrent().navigate("personnel/" + id);
        assertThat(_find(TextField.class, spec -> spec.withId("psc-name-passport"))).as("not found in Japan").isEmpty();
    }
}

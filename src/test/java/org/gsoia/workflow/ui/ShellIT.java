package org.gsoia.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.gsoia.workflow.security.UserDirectory;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The shell in a browserless UI: navigation per role, role guards, language switch. */
@GsoiaSpringTest
class ShellIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle(Translations.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void applicantSeesTheReferenceViewsInTheirLanguageButNotTheRegisterOrTheAuditTrail() {
        KaribuLogin.loginAndOpen(context, "applicant.de");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        assertThat(navigation()).contains(text(Locale.GERMAN, "nav.home"), text(Locale.GERMAN, "nav.levels"),
                        text(Locale.GERMAN, "nav.calendar"))
                .doesNotContain(text(Locale.GERMAN, "nav.facilities"), text(Locale.GERMAN, "nav.audit"));
    }

    @Test
    void officerSeesTheFacilityRegisterAndAdminAlsoTheAuditTrail() {
        KaribuLogin.loginAndOpen(context, "officer.jp1");
        assertThat(navigation()).contains(text(Locale.JAPANESE, "nav.facilities"))
                .doesNotContain(text(Locale.JAPANESE, "nav.audit"));
        KaribuLogin.logout();

        KaribuLogin.loginAndOpen(context, "admin");
        assertThat(navigation()).contains(text(Locale.ENGLISH, "nav.facilities"), text(Locale.ENGLISH, "nav.audit"));
    }

    @Test
    void aGuardedViewIsRefusedToARoleWithoutAccess() {
        KaribuLogin.loginAndOpen(context, "applicant.jp");
        String notAvailable = text(Locale.JAPANESE, "error.notFound.title");
        UI.getCurrent().navigate("facilities");
        assertThat(_get(H2.class).getText()).isEqualTo(notAvailable);
        UI.getCurrent().navigate("audit");
        assertThat(_get(H2.class).getText()).isEqualTo(notAvailable);
        UI.getCurrent().navigate("levels");
        assertThat(_get(H2.class).getText()).isEqualTo(text(Locale.JAPANESE, "nav.levels"));
    }

    @Test
    void homeGreetsEachRoleWithWhatItCanDoNext() {
        KaribuLogin.loginAndOpen(context, "facility.de");
        assertThat(_get(H2.class).getText()).isEqualTo(new Translations()
                .getTranslation("home.greeting", Locale.GERMAN, "Markus Hoffmann"));
    }

    @Test
    void languageSwitchIsAppliedAndRememberedForTheUser() {
        KaribuLogin.loginAndOpen(context, "manager");
        assertThat(navigation()).contains(text(Locale.ENGLISH, "nav.home"));
        try {
            ContextMenuKt._clickItemWithID(_get(MenuBar.class), "language-ja");
            assertThat(users.find("manager").orElseThrow().preferredLocale()).isEqualTo(Locale.JAPANESE);
            assertThat(users.find("officer.de1").orElseThrow().preferredLocale()).as("only the user's own choice changes")
                    .isEqualTo(Locale.GERMAN);
            // the next UI (the browser reloads after a switch) is in Japanese
            KaribuLogin.loginAndOpen(context, "manager");
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.JAPANESE);
            assertThat(navigation()).contains(text(Locale.JAPANESE, "nav.home"));
        } finally {
            users.changePreferredLocale("manager", Locale.ENGLISH);
        }
    }
}

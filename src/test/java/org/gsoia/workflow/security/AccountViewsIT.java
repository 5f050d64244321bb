package org.gsoia.workflow.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The pages of issue 14, finding 3 and 4, as their users see them (Karibu). */
@GsoiaSpringTest
class AccountViewsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void logout() {
        KaribuLogin.logout();
    }

    private void user(String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("Karibu");
            user.setLastName("Tester");
            user.setPassword(SecurityHardeningIT.STRONG_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(userId, Role.APPLICANT.groupId());
        }
    }

    private static PasswordField field(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    @Test
    void aUserSeesWhichRulesTheNewPasswordMissesAndChangesIt() {
        user("password.page");
        KaribuLogin.loginAndOpen(context, "password.page");
        UI.getCurrent().navigate("account/password");

        field("password-current").setValue(SecurityHardeningIT.STRONG_PASSWORD);
        field("password-new").setValue("short");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("password-rules")).getChildren().count())
                .isGreaterThanOrEqualTo(3);
        field("password-repeat").setValue("short");
        _get(Button.class, spec -> spec.withId("password-save")).click();
        assertThat(field("password-new").isInvalid()).isTrue();
        assertThat(field("password-new").getErrorMessage()).contains("10");

        field("password-new").setValue("An0ther-Secret!");
        field("password-repeat").setValue("An0ther-Secret!");
        _get(Button.class, spec -> spec.withId("password-save")).click();
        assertThat(field("password-new").isInvalid()).isFalse();
        assertThat(identityService.checkPassword("password.page", "An0ther-Secret!")).isTrue();
    }

    @Test
    void anAdministratorFindsALockedAccountAndUnlocksIt() {
        user("locked.page");
        assertThat(identityService.checkPassword("locked.page", "wrong")).isFalse();
        KaribuLogin.loginAndOpen(context, "admin");
        UI.getCurrent().navigate("accounts");
        _get(TextField.class, spec -> spec.withId("accounts-user")).setValue("locked.page");
        @SuppressWarnings("unchecked")
        Grid<AccountLocks.Account> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).failedLogins()).isEqualTo(1);

        ((Button) GridKt._getCellComponent(grid, 0, "unlock")).click();

        assertThat(identityService.checkPassword("locked.page", SecurityHardeningIT.STRONG_PASSWORD)).isTrue();
    }
}

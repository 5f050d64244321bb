package org.gsoia.workflow.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.gsoia.workflow.language.Dates;

/**
 * Administrators see every account's failed logins and lock, and unlock an account before its lock ends (users
 * and their roles are managed in Camunda Admin).
 */
@Route("accounts")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 91, title = "nav.accounts", icon = "vaadin:lock")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    AccountsView(AccountLocks locks, CurrentUser currentUser) {
        addClassName("gsoia-view");
        setSizeFull();
        String adminId = currentUser.userId().orElseThrow();
        var time = Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.systemDefault());

        TextField userId = new TextField(getTranslation("accounts.userId"));
        userId.setId("accounts-user");
        userId.setClearButtonVisible(true);
        userId.setValueChangeMode(ValueChangeMode.LAZY);

        Grid<AccountLocks.Account> grid = new Grid<>();
        grid.addClassName("gsoia-grid");
        grid.addColumn(AccountLocks.Account::userId).setHeader(getTranslation("accounts.userId")).setAutoWidth(true);
        grid.addColumn(AccountLocks.Account::name).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(AccountLocks.Account::failedLogins).setHeader(getTranslation("accounts.failedLogins"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.locked() ? time.format(a.lockedUntil()) : getTranslation("accounts.notLocked"))
                .setHeader(getTranslation("accounts.lockedUntil")).setAutoWidth(true);
        grid.addComponentColumn(account -> {
            Button unlock = new Button(getTranslation("accounts.unlock"), e -> {
                locks.unlock(adminId, account.userId());
                Notification.show(getTranslation("accounts.unlocked", account.userId()));
                grid.getDataProvider().refreshAll();
            });
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unlock.setId("unlock-" + account.userId());
            unlock.setEnabled(account.failedLogins() > 0 || account.locked());
            return unlock;
        }).setKey("unlock").setAutoWidth(true);
        grid.setItems(query -> locks.page(userId.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> locks.count(userId.getValue()));
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        userId.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("nav.accounts")), new Paragraph(getTranslation("accounts.lead")), userId, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " – " + getTranslation("app.name");
    }
}

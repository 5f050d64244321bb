package org.gsoia.workflow.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.stereotype.Component;

/**
 * Pages marked {@code @PermitAll} are for people: an authenticated account without any role that uses the UI (the
 * metrics scraper, or an account whose roles were all taken away) gets "not available" on every page, not only at
 * the login form ({@link CamundaIdentityAuthenticationProvider}).
 */
@Component
class UiRoleGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiRoleGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class) || currentUser.userId().isEmpty()) {
            return;
        }
        boolean usesTheUi = java.util.Arrays.stream(Role.values()).filter(Role::usesTheUi).anyMatch(currentUser::hasRole);
        if (!usesTheUi) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}

package org.gsoia.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Objects;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * Starts every UI of a logged-in user in the language that user chose last time, and installs the global
 * error handler. Before login, the session's language decides: the browser's, or one picked on the login page.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    /** The user whose stored language the session already uses. */
    private static final String LOCALE_OWNER = UserLocaleInitializer.class.getName() + ".owner";

    private final CurrentUser currentUser;
    private final FriendlyErrorHandler errorHandler;

    UserLocaleInitializer(CurrentUser currentUser, FriendlyErrorHandler errorHandler) {
        this.currentUser = currentUser;
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(init -> applyStoredLocale(init.getUI()));
    }

    private void applyStoredLocale(UI ui) {
        VaadinSession session = ui.getSession();
        currentUser.userId().ifPresentOrElse(userId -> {
            if (!Objects.equals(session.getAttribute(LOCALE_OWNER), userId)) {
                currentUser.account().map(UserAccount::preferredLocale).map(Languages::supported)
                        .ifPresent(session::setLocale);
                session.setAttribute(LOCALE_OWNER, userId);
            }
            ui.setLocale(Languages.supported(session.getLocale()));
        }, () -> ui.setLocale(Languages.supported(session.getLocale())));
        // screen readers and the font fallback for Japanese glyphs follow the document's language
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }

    /** Switches the session to another language; the caller stores the choice for the user. */
    static void switchSession(Locale locale) {
        VaadinSession.getCurrent().setLocale(Languages.supported(locale));
    }
}

package org.gsoia.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shows users a clear message with an incident number instead of a stack trace; the full error goes to the
 * log under the same number so that support can find it.
 */
@Component
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: unexpected error in the user interface", incident,
                org.gsoia.workflow.audit.Redacted.of(event.getThrowable()));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = new Notification(ui.getTranslation("error.unexpected", incident), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.open();
            });
        }
    }
}

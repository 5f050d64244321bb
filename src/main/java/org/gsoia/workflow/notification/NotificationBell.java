package org.gsoia.workflow.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the navigation bar: the number of unread messages; it opens the user's messages. */
public class NotificationBell extends Button {

    private final Notifications notifications;
    private final String userId;
    private final Span count = new Span();

    public NotificationBell(Notifications notifications, String userId) {
        this.notifications = notifications;
        this.userId = userId;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        count.getElement().getThemeList().add("badge error small pill");
        count.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    /** Reads the unread count again (after each navigation). */
    public void refresh() {
        long unread = notifications.unreadCount(userId);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("notification.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }
}

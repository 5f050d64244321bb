package org.gsoia.workflow.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;

/**
 * The user's messages, newest first (the bell opens it), and which optional topics the user receives; mandatory ones
 * show as such and cannot be switched off.
 */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(Notifications notifications, List<NotificationTopics> topics, People people,
                      CurrentUser currentUser) {
        String userId = currentUser.userId().orElseThrow();
        Locale locale = getLocale();
        ZoneId zone = people.zoneOf(userId);
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation("notification.lead"));
        lead.addClassName("gsoia-lead");
        Grid<NotificationEntry> grid = new Grid<>();
        grid.setId("notifications");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(entry -> {
            Span state = new Span(getTranslation(entry.isRead() ? "notification.read" : "notification.unread"));
            state.getElement().getThemeList().add(entry.isRead() ? "badge contrast" : "badge");
            return state;
        }).setHeader(getTranslation("notification.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Dates.formatDateTimeWithZone(entry.createdAt(), zone, locale))
                .setHeader(getTranslation("notification.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> message(entry, notifications, userId))
                .setHeader(getTranslation("notification.message")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setItems(query -> notifications.page(userId, query.getOffset(), query.getLimit()).stream());
        Button allRead = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead(userId);
            grid.getDataProvider().refreshAll();
        });
        allRead.setId("mark-all-read");
        add(new H2(getTranslation("notification.title")), lead, allRead, grid, settings(notifications, topics,
                userId));
        setFlexGrow(1, grid);
    }

    private Component message(NotificationEntry entry, Notifications notifications, String userId) {
        Div message = new Div();
        Span subject = new Span(entry.subject());
        subject.getStyle().set("font-weight", entry.isRead() ? "normal" : "600");
        message.add(subject);
        if (entry.link() != null) {
            Anchor open = new Anchor(entry.link(), getTranslation("notification.open"));
            // inside a line of text a link must not be told apart by its colour alone
            open.getStyle().set("text-decoration", "underline");
            open.getElement().addEventListener("click", e -> notifications.markRead(entry.id(), userId));
            message.add(new Span(" "), open);
        }
        return message;
    }

    private Component settings(Notifications notifications, List<NotificationTopics> sources, String userId) {
        VerticalLayout settings = new VerticalLayout(new H3(getTranslation("notification.settings")),
                new Paragraph(getTranslation("notification.settings.lead")));
        settings.setPadding(false);
        settings.setSpacing(false);
        for (Topic topic : Notifications.all(sources)) {
            Checkbox box = new Checkbox(getTranslation("notification." + topic.key())
                    + (topic.mandatory() ? " – " + getTranslation("notification.mandatory") : ""));
            box.setId("topic-" + topic.key());
            box.setValue(notifications.isEnabled(userId, topic));
            box.setReadOnly(topic.mandatory());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    notifications.setEnabled(userId, topic, e.getValue());
                }
            });
            settings.add(box);
        }
        return settings;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}

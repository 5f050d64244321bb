package org.gsoia.workflow.notification;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every mail the product sends or would send, newest first, for administrators: in the demo (no SMTP server) this is
 * where the mails are read; in production it shows what was mailed and what failed.
 */
@Route("outbox")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 95, title = "nav.outbox", icon = "vaadin:envelope-o")
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    OutboxView(Notifications notifications, @Value("${gsoia.notifications.mail:false}") boolean mailing) {
        Locale locale = getLocale();
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation(mailing ? "outbox.lead.mail" : "outbox.lead.demo"));
        lead.addClassName("gsoia-lead");
        Grid<NotificationEntry> grid = new Grid<>();
        grid.setId("outbox");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Dates.formatDateTimeWithZone(e.createdAt(), ZoneId.of("UTC"), locale))
                .setHeader(getTranslation("notification.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.email() + " (" + e.language() + ")").setHeader(getTranslation("outbox.to"))
                .setFlexGrow(1);
        grid.addComponentColumn(e -> {
            Pre body = new Pre(e.body());
            body.getStyle().set("white-space", "pre-wrap").set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            return new Div(new Div(e.subject()), body);
        }).setHeader(getTranslation("outbox.mail")).setFlexGrow(3);
        grid.addColumn(e -> getTranslation("outbox.status." + e.mailStatus())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.outbox(query.getOffset(), query.getLimit()).stream());
        add(new H2(getTranslation("nav.outbox")), lead, grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outbox");
    }
}

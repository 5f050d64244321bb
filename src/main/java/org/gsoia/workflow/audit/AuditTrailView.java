package org.gsoia.workflow.audit;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.security.Role;

/** The audit trail for administrators: newest first, lazily paged and sorted in the database. */
@Route("audit")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(order = 90, title = "nav.audit", icon = "vaadin:records")
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    AuditTrailView(AuditLog auditLog) {
        addClassName("gsoia-view");
        setPadding(false);
        setSizeFull();
        Paragraph lead = new Paragraph(getTranslation("audit.lead"));
        lead.addClassName("gsoia-lead");

        DateTimeFormatter time = Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.systemDefault());
        Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
        grid.addClassName("gsoia-grid");
        var occurred = grid.addColumn(e -> time.format(e.getOccurredAt()))
                .setHeader(getTranslation("audit.occurredAt")).setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(AuditEvent::getUserId).setHeader(getTranslation("audit.user")).setSortProperty("userId")
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.getAction())).setHeader(getTranslation("audit.action"))
                .setSortProperty("action").setAutoWidth(true);
        grid.addColumn(AuditEvent::getSubject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.setItems(query -> auditLog.page(toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(occurred, SortDirection.DESCENDING)));
        grid.setEmptyStateText(getTranslation("audit.empty"));

        add(new H2(getTranslation("nav.audit")), lead, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " – " + getTranslation("app.name");
    }
}

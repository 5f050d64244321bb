package org.gsoia.workflow.visit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;

/** The visit-request tasks waiting for the user: offered to the user's groups or assigned to the user. */
@Route("visits/tasks")
@RolesAllowed({Role.APPLICANT_ROLE, Role.AUTHORITY_ROLE, Role.HOST_FACILITY_ROLE})
@Menu(order = 52, title = "nav.visitTasks", icon = "vaadin:tasks")
class VisitTasksView extends VerticalLayout implements HasDynamicTitle {

    VisitTasksView(VisitTasks tasks, CurrentUser currentUser) {
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation("visit.tasks.lead"));
        lead.addClassName("gsoia-lead");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<VisitTask> grid = new Grid<>();
        grid.setId("visit-tasks");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(t -> {
            Anchor link = new Anchor("visits/" + t.reference(), t.reference());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("visit.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("visit.task." + t.taskKey())).setHeader(getTranslation("visit.tasks.task")).setFlexGrow(3);
        grid.addColumn(t -> time.format(t.created().toInstant())).setHeader(getTranslation("visit.tasks.since")).setFlexGrow(2);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("visit.tasks.unassigned") : t.assignee())
                .setHeader(getTranslation("visit.tasks.assignee")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("visit.tasks.none"));
        grid.setItems(tasks.openTasks(currentUser.userId().orElseThrow()));
        add(new H2(getTranslation("nav.visitTasks")), lead, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visitTasks") + " – " + getTranslation("app.name");
    }
}

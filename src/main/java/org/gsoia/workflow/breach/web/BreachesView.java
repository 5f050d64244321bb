package org.gsoia.workflow.breach.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachProcedure;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;

/**
 * The breach cases the reader knows: those of the reader's organisation and those the reader reported; an
 * authority's cases as the receiving party's national authority, and as the originating party's once notified.
 * Latest report first, paged in the database.
 */
@Route("breaches")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE})
@Menu(order = 71, title = "nav.breaches", icon = "vaadin:folder-open-o")
class BreachesView extends VerticalLayout implements HasDynamicTitle {

    BreachesView(BreachCases cases, OrganisationDirectory organisations, People people, CurrentUser currentUser) {
        addClassName("gsoia-view");
        setPadding(false);
        String userId = currentUser.userId().orElseThrow();
        Locale locale = getLocale();
        ZoneId zone = people.zoneOf(userId);
        Paragraph lead = new Paragraph(getTranslation("breach.list.lead"));
        lead.addClassName("gsoia-lead");
        add(new H2(getTranslation("breach.list.title")), lead);
        if (cases.mayReport(userId)) {
            Button report = new Button(getTranslation("nav.breachNew"), VaadinIcon.WARNING.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ReportBreachView.class)));
            report.setId("breach-new");
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(report);
        }
        Grid<BreachCase> grid = new Grid<>();
        grid.setId("breaches");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(b -> {
            Anchor open = new Anchor(BreachProcedure.DESCRIPTION.page(b.getReference()), b.getReference());
            open.setId("open-" + b.getReference());
            return open;
        }).setHeader(getTranslation("breach.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> getTranslation("breach.eventType." + b.getEventType().name()))
                .setHeader(getTranslation("breach.eventType")).setFlexGrow(2);
        grid.addColumn(b -> organisations.displayName(b.getOrganisationId(), locale))
                .setHeader(getTranslation("breach.organisation")).setFlexGrow(3);
        grid.addColumn(b -> Dates.formatDateTimeWithZone(b.discovery().toInstant(), zone, locale))
                .setHeader(getTranslation("breach.discoveredAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(b -> {
            com.vaadin.flow.component.html.Div badges = new com.vaadin.flow.component.html.Div(
                    BreachBadges.status(b, this), new Span(" "), BreachBadges.classification(b, this));
            return badges;
        }).setHeader(getTranslation("breach.status")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("breach.list.empty"));
        grid.setItems(query -> cases.page(userId, query.getOffset(), query.getLimit()).stream());
        add(grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("breach.list.title");
    }
}

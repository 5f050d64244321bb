package org.gsoia.workflow.visit.web;

import org.gsoia.workflow.visit.VisitDraft;
import org.gsoia.workflow.visit.VisitDrafts;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;

/** The applicant's requests (the whole organisation's): status, who holds it, next due date. */
@Route("visits")
@RolesAllowed(Role.APPLICANT_ROLE)
@Menu(order = 51, title = "nav.visits", icon = "vaadin:list")
class MyVisitRequestsView extends VerticalLayout implements HasDynamicTitle {

    MyVisitRequestsView(VisitRequests visitRequests, VisitDrafts drafts, FacilityRegister facilities,
                        CurrentUser currentUser) {
        addClassName("gsoia-view");
        setPadding(false);
        Button create = new Button(getTranslation("nav.visitNew"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("visits/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Grid<VisitRequest> grid = new Grid<>();
        grid.setId("my-visit-requests");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> {
            Anchor link = new Anchor(VisitViews.page(r.getReference()), r.getReference());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("visit.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("visit.type." + r.getType().name())).setHeader(getTranslation("visit.type"));
        grid.addColumn(r -> facilities.find(r.getHostFacilityId()).map(f -> f.name()).orElse(r.getHostFacilityId()))
                .setHeader(getTranslation("visit.hostFacility")).setFlexGrow(2);
        grid.addColumn(r -> VisitViews.date(r.getStartDate(), getLocale()) + " – " + VisitViews.date(r.getEndDate(), getLocale()))
                .setHeader(getTranslation("visit.dates")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Div status = new Div(VisitViews.statusBadge(r, this));
            if (r.isEscalated() && !r.getStatus().isFinal()) {
                Span escalated = new Span(getTranslation("visit.escalated.short"));
                escalated.getElement().getThemeList().add("badge error");
                status.add(new Span(" "), escalated);
            }
            return status;
        }).setHeader(getTranslation("visit.status")).setFlexGrow(2);
        grid.addColumn(r -> VisitViews.holder(r, this)).setHeader(getTranslation("visit.holder")).setFlexGrow(2);
        grid.addColumn(r -> r.getStatus().isFinal() ? "" : VisitViews.date(r.getDecisionDueDate(), getLocale()))
                .setHeader(getTranslation("visit.decisionDue")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("visit.none"));
        grid.setItems(visitRequests.ofOwnOrganisation(currentUser.userId().orElseThrow()));
        add(new H2(getTranslation("nav.visits")), create);
        List<VisitDraft> own = drafts.ofUser(currentUser.userId().orElseThrow());
        if (!own.isEmpty()) {
            H3 title = new H3(getTranslation("visit.drafts"));
            title.addClassName("gsoia-section-title");
            Div list = new Div();
            list.addClassName("gsoia-drafts");
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
            for (VisitDraft draft : own) {
                Anchor open = new Anchor("visits/new?draft=" + draft.getId(), getTranslation("visit.draft.continue",
                        time.format(draft.getSavedAt().atZoneSameInstant(ZoneId.systemDefault()))));
                open.getElement().setAttribute("router-link", true);
                list.add(new Div(open));
            }
            add(title, list);
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visits") + " – " + getTranslation("app.name");
    }
}

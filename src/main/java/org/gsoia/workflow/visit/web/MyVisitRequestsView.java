package org.gsoia.workflow.visit.web;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.visit.VisitDraft;
import org.gsoia.workflow.visit.VisitDrafts;
import org.gsoia.workflow.visit.VisitRequestLine;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.web.FieldWidths;

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

        // a host facility's name is looked up once per view, however many requests name it
        Map<String, String> facilityNames = new java.util.HashMap<>();
        String userId = currentUser.userId().orElseThrow();
        Select<VisitStatus> statusFilter = new Select<>();
        statusFilter.setId("my-visit-requests-status");
        statusFilter.setLabel(getTranslation("visit.status"));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("visit.status.any"));
        statusFilter.setItems(VisitStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("visit.status.any")
                : getTranslation("visit.status." + s.name()));
        FieldWidths.fit(statusFilter, java.util.stream.Stream.concat(java.util.stream.Stream.of(
                getTranslation("visit.status.any")), java.util.Arrays.stream(VisitStatus.values())
                .map(s -> getTranslation("visit.status." + s.name()))).toList());

        Grid<VisitRequestLine> grid = new Grid<>();
        grid.setId("my-visit-requests");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addComponentColumn(r -> {
            Anchor link = new Anchor(VisitViews.page(r.reference()), r.reference());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("visit.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("visit.type." + r.type().name())).setHeader(getTranslation("visit.type"));
        grid.addColumn(r -> facilityNames.computeIfAbsent(r.hostFacilityId(), id -> facilities.find(id)
                        .map(f -> f.displayName(getLocale())).orElse(id)))
                .setHeader(getTranslation("visit.hostFacility")).setFlexGrow(2);
        grid.addColumn(r -> VisitViews.date(r.startDate(), getLocale()) + " – " + VisitViews.date(r.endDate(), getLocale()))
                .setHeader(getTranslation("visit.dates")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Div status = new Div(VisitViews.statusBadge(r.status(), this));
            if (r.escalated() && !r.status().isFinal()) {
                Span escalated = new Span(getTranslation("visit.escalated.short"));
                escalated.getElement().getThemeList().add("badge error");
                status.add(new Span(" "), escalated);
            }
            return status;
        }).setHeader(getTranslation("visit.status")).setFlexGrow(2);
        grid.addColumn(r -> VisitViews.holder(r.status(), this)).setHeader(getTranslation("visit.holder")).setFlexGrow(2);
        // a due date only while the decision is still to come
        grid.addColumn(r -> r.status().awaitsDecision() ? VisitViews.date(r.decisionDueDate(), getLocale()) : "")
                .setHeader(getTranslation("visit.decisionDue")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("visit.none"));
        // paged on the server, newest first: an organisation may have tens of thousands of requests
        Runnable load = () -> grid.setItems(query -> visitRequests.ofOwnOrganisation(userId, statusFilter.getValue(),
                query.getOffset(), query.getLimit()).stream());
        statusFilter.addValueChangeListener(e -> load.run());
        load.run();
        add(new H2(getTranslation("nav.visits")), create);
        List<VisitDraft> own = drafts.ofUser(currentUser.userId().orElseThrow());
        if (!own.isEmpty()) {
            H3 title = new H3(getTranslation("visit.drafts"));
            title.addClassName("gsoia-section-title");
            Div list = new Div();
            list.addClassName("gsoia-drafts");
            DateTimeFormatter time = Dates.dateTimeFormatter(getLocale());
            for (VisitDraft draft : own) {
                Anchor open = new Anchor("visits/new?draft=" + draft.getId(), getTranslation("visit.draft.continue",
                        time.format(draft.getSavedAt().atZoneSameInstant(ZoneId.systemDefault()))));
                open.getElement().setAttribute("router-link", true);
                list.add(new Div(open));
            }
            add(title, list);
        }
        add(statusFilter, grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visits") + " – " + getTranslation("app.name");
    }
}

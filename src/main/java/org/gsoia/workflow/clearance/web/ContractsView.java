package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.gsoia.workflow.clearance.ClassifiedContract;
import org.gsoia.workflow.clearance.ClassifiedContracts;
import org.gsoia.workflow.clearance.ContractProcedure;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;

/**
 * Classified contracts the reader takes part in (R-FC-05): an authority's contracts on either side, a contractor's
 * own; newest first, paged in the database. The designated security authorities record new ones here.
 */
@Route("contracts")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE})
@Menu(order = 33, title = "nav.contracts", icon = "vaadin:file-text-o")
class ContractsView extends VerticalLayout implements HasDynamicTitle {

    ContractsView(ClassifiedContracts contracts, AssuranceDisplay display, CurrentUser currentUser) {
        addClassName("gsoia-view");
        setPadding(false);
        String userId = currentUser.userId().orElseThrow();
        Locale locale = getLocale();
        Paragraph lead = new Paragraph(getTranslation("contract.list.lead"));
        lead.addClassName("gsoia-lead");
        add(new H2(getTranslation("contract.list.title")), lead);
        if (contracts.recordingPartyOf(userId).isPresent()) {
            Button add = new Button(getTranslation("contract.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewContractView.class)));
            add.setId("contract-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        Grid<ClassifiedContract> grid = new Grid<>();
        grid.setId("contracts");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> {
            Anchor open = new Anchor(ContractProcedure.DESCRIPTION.page(c.getReference()), c.getReference());
            open.setId("open-" + c.getReference());
            Div number = new Div(c.getContractNumber());
            number.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            return new Div(open, number);
        }).setHeader(getTranslation("contract.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClassifiedContract::getSubject).setHeader(getTranslation("contract.subject")).setFlexGrow(3);
        grid.addColumn(c -> display.facility(c.getContractorFacilityId(), locale))
                .setHeader(getTranslation("contract.contractor")).setFlexGrow(2);
        grid.addColumn(c -> display.level(c.getHighestLevelId(), c.getContractingParty(), locale))
                .setHeader(getTranslation("contract.highestLevel")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
            Span status = new Span(getTranslation("contract.status." + c.getStatus().name()));
            status.getElement().getThemeList().add(c.isOpen() ? "badge" : "badge contrast");
            return status;
        }).setHeader(getTranslation("contract.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("contract.list.empty"));
        grid.setItems(query -> contracts.page(userId, query.getOffset(), query.getLimit()).stream());
        add(grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.list.title");
    }
}

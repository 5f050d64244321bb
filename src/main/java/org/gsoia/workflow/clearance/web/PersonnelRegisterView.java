package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PersonnelClearances;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.web.FieldWidths;

/**
 * The PSC register of the officer's own party (R-FC-08): cleared people with scheme, level in dual marking, expiry
 * and status, paged in the database and searchable by name. Its designated security authority records new entries.
 */
@Route("personnel")
@RolesAllowed(Role.AUTHORITY_ROLE)
@Menu(order = 32, title = "nav.personnel", icon = "vaadin:user-check")
class PersonnelRegisterView extends VerticalLayout implements HasDynamicTitle {

    PersonnelRegisterView(PersonnelClearances clearances, AssuranceDisplay display, CurrentUser currentUser) {
        addClassName("gsoia-view");
        setPadding(false);
        String userId = currentUser.userId().orElseThrow();
        Locale locale = getLocale();
        String party = clearances.partyOf(userId).orElseThrow();
        Paragraph lead = new Paragraph(getTranslation("psc.lead", display.party(party, locale)));
        lead.addClassName("gsoia-lead");
        TextField search = new TextField(getTranslation("psc.search"));
        search.setId("psc-search");
        search.setPlaceholder(getTranslation("psc.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        FieldWidths.fit(search, List.of(search.getPlaceholder()), 2);
        FlexLayout bar = new FlexLayout(search);
        bar.setAlignItems(Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        if (clearances.mayMaintain(userId, party)) {
            Button add = new Button(getTranslation("psc.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("personnel/new")));
            add.setId("psc-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        Grid<PersonnelClearance> grid = new Grid<>();
        grid.setId("psc-register");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(p -> {
            Anchor open = new Anchor("personnel/" + p.getId(), p.getNamePassport());
            open.setId("open-psc-" + p.getId());
            Div native_ = new Div(p.getNameNative());
            native_.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            return new Div(open, native_);
        }).setHeader(getTranslation("psc.person")).setFlexGrow(2);
        grid.addColumn(p -> p.getFacilityId() == null ? "–" : display.facility(p.getFacilityId(), locale))
                .setHeader(getTranslation("psc.facility")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("psc.scheme." + p.getScheme()) + " · "
                        + display.level(p.getLevelId(), p.getPartyCode(), locale))
                .setHeader(getTranslation("psc.clearance")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation("psc.status." + p.getStatus().name()) + " · "
                        + getTranslation("psc.until", AssuranceDisplay.date(p.getExpiresOn(), locale)))
                .setHeader(getTranslation("psc.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("psc.empty"));
        grid.setItems(query -> clearances.page(userId, search.getValue(), query.getOffset(), query.getLimit())
                .stream());
        search.addValueChangeListener(e -> {
            boolean bad = ControlCharacters.inLine(e.getValue());
            search.setInvalid(bad);
            search.setErrorMessage(bad ? getTranslation(ControlCharacters.MESSAGE_KEY) : null);
            grid.getDataProvider().refreshAll();
        });
        add(new H2(getTranslation("psc.title")), lead, bar, grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("psc.title");
    }
}

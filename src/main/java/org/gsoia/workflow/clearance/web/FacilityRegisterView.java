package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.web.FieldWidths;

/**
 * The facility register for the authorities: every facility with its clearance level (in dual marking towards
 * the other party), status and expiry; clearances that need attention stand out. A facility's name opens its
 * clearance, with its history and, for its own party's officers, the form to record a change.
 */
@Route("facilities")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.ADMIN_ROLE})
@Menu(order = 30, title = "nav.facilities", icon = "vaadin:factory")
class FacilityRegisterView extends VerticalLayout implements HasDynamicTitle {

    private final Agreements agreements;
    private final DualMarkingFormatter marking;
    private final OrganisationDirectory organisations;
    private final FacilityRegister register;
    private final Select<String> party = new Select<>();
    private final TextField search = new TextField();

    FacilityRegisterView(FacilityRegister register, Agreements agreements, DualMarkingFormatter marking,
                         OrganisationDirectory organisations) {
        this.agreements = agreements;
        this.marking = marking;
        this.organisations = organisations;
        this.register = register;
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation("facilities.lead", register.attentionDays()));
        lead.addClassName("gsoia-lead");

        Locale locale = getLocale();
        List<String> partyChoices = new ArrayList<>();
        partyChoices.add("");
        partyChoices.addAll(agreements.parties());
        party.setLabel(getTranslation("facilities.party"));
        party.setItems(partyChoices);
        party.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("facilities.allParties")
                : organisations.partyName(code, locale));
        party.setValue("");
        FieldWidths.fit(party, partyChoices.stream().map(code -> code.isEmpty()
                ? getTranslation("facilities.allParties") : organisations.partyName(code, locale)).toList());
        search.setLabel(getTranslation("facilities.search"));
        search.setPlaceholder(getTranslation("facilities.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        FieldWidths.fit(search, List.of(search.getPlaceholder()), 2);
        FlexLayout filters = new FlexLayout(party, search);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        DateTimeFormatter dates = Dates.shortFormatter(locale);
        Grid<FacilityEntry> grid = new Grid<>();
        grid.setId("facility-register");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // the organisation stands under its facility, so that no column is squeezed into breaking words at 1280 px
        grid.addComponentColumn(f -> {
                    Anchor open = new Anchor(FacilityClearanceView.ROUTE_PREFIX + f.id(), f.displayName(locale));
                    open.setId("open-facility-" + f.id());
                    Div organisation = new Div(organisations.displayName(f.organisationId(), locale));
                    organisation.getStyle().set("color", "var(--lumo-secondary-text-color)")
                            .set("font-size", "var(--lumo-font-size-s)");
                    return new Div(open, organisation);
                }).setKey("facility").setHeader(getTranslation("facilities.facility")).setFlexGrow(3)
                .setSortable(true);
        // words that must not break ("Deutschland", "Friedrichshafen", "30.09.2027") get the width they need
        // (the party filter above does what sorting by party would; without a sorter the header fits its column)
        grid.addColumn(f -> organisations.partyName(f.partyCode(), locale)).setHeader(getTranslation("facilities.party"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FacilityEntry::city).setHeader(getTranslation("facilities.city")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::level).setHeader(getTranslation("facilities.level")).setFlexGrow(2);
        // wide enough for "Gültig bis 31.03.2029" and "2029/03/31まで有効" on one line; longer badges wrap at spaces
        grid.addComponentColumn(this::status).setHeader(getTranslation("facilities.status")).setWidth("12em")
                .setFlexGrow(0);
        grid.addColumn(f -> f.fscExpiresOn() == null ? "" : dates.format(f.fscExpiresOn()))
                .setKey("expires").setHeader(getTranslation("facilities.expires")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true);
        grid.setEmptyStateText(getTranslation("facilities.empty"));

        // the register pages in the database (a party has thousands of facilities); filters narrow the query
        grid.setItems(query -> {
            FacilityRegister.Order order = FacilityRegister.Order.PARTY_AND_FACILITY;
            boolean descending = false;
            if (!query.getSortOrders().isEmpty()) {
                QuerySortOrder sort = query.getSortOrders().get(0);
                order = "expires".equals(sort.getSorted()) ? FacilityRegister.Order.EXPIRES
                        : FacilityRegister.Order.FACILITY;
                descending = sort.getDirection() == SortDirection.DESCENDING;
            }
            return searchable() ? register.page(partyFilter(), search.getValue(), locale, order, descending,
                    query.getOffset(), query.getLimit()).stream() : java.util.stream.Stream.empty();
        }, query -> searchable() ? (int) Math.min(Integer.MAX_VALUE, register.count(partyFilter(), search.getValue()))
                : 0);
        party.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> {
            boolean searchable = searchable();
            search.setInvalid(!searchable);
            search.setErrorMessage(searchable ? null : getTranslation(ControlCharacters.MESSAGE_KEY));
            grid.getDataProvider().refreshAll();
        });
        setSizeFull();
        grid.setMinHeight("20em");
        add(new H2(getTranslation("nav.facilities")), lead, filters, grid);
        expand(grid);
    }

    private String partyFilter() {
        return party.getValue() == null || party.getValue().isEmpty() ? null : party.getValue();
    }

    /** A search text with control characters finds nothing, without asking the database; its field says why. */
    private boolean searchable() {
        return !ControlCharacters.inLine(search.getValue());
    }

    private Component level(FacilityEntry facility) {
        Span span = new Span(facility.fscLevelId() == null ? getTranslation("facility.noLevel")
                : marking.format(agreements.currentId(), facility.fscLevelId(),
                        agreements.otherParty(facility.partyCode()), getLocale()));
        span.addClassName("gsoia-marking");
        return span;
    }

    private Component status(FacilityEntry facility) {
        return register.badge(facility, this, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.facilities") + " – " + getTranslation("app.name");
    }
}

package org.gsoia.workflow.agreement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Both parties' classification levels with their equivalent at the other party, in dual marking. A level
 * without an equivalent is shown as blocking an exchange.
 */
@Route("levels")
@PermitAll
@Menu(order = 10, title = "nav.levels", icon = "vaadin:shield")
class ClassificationLevelsView extends VerticalLayout implements HasDynamicTitle {

    private final Agreements agreements;
    private final ReferenceData referenceData;
    private final EquivalenceService equivalences;
    private final OrganisationDirectory organisations;

    ClassificationLevelsView(Agreements agreements, ReferenceData referenceData, EquivalenceService equivalences,
                             OrganisationDirectory organisations) {
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.equivalences = equivalences;
        this.organisations = organisations;
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation("levels.lead"));
        lead.addClassName("gsoia-lead");
        add(new H2(getTranslation("nav.levels")), lead);
        for (String party : agreements.parties()) {
            H3 title = new H3(getTranslation("levels.ofParty", organisations.partyName(party, getLocale())));
            title.addClassName("gsoia-section-title");
            add(title, levelGrid(party, agreements.otherParty(party)));
        }
    }

    private Grid<ClassificationLevel> levelGrid(String party, String recipient) {
        Grid<ClassificationLevel> grid = new Grid<>();
        grid.addClassName("gsoia-grid");
        grid.setId("levels-" + party);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ClassificationLevel::getRank).setHeader(getTranslation("levels.rank"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5em").setFlexGrow(0);
        grid.addColumn(ClassificationLevel::markingWithRomanisation).setHeader(getTranslation("levels.marking"))
                .setFlexGrow(2);
        grid.addColumn(level -> getTranslation("levels.reference." + level.getEnglishReference().name()))
                .setHeader(getTranslation("levels.reference")).setFlexGrow(1);
        grid.addComponentColumn(level -> equivalent(level, recipient))
                .setHeader(getTranslation("levels.equivalent")).setFlexGrow(4);
        grid.setItems(referenceData.levelsOf(party));
        return grid;
    }

    private Component equivalent(ClassificationLevel level, String recipient) {
        Equivalence equivalence = equivalences.equivalentOf(agreements.currentId(), level.getId(), recipient);
        Span marking = new Span(DualMarkingFormatter.format(equivalence, getTranslation("marking.noEquivalent")));
        marking.addClassName("gsoia-marking");
        if (equivalence.blocksExchange()) {
            marking.addClassName("gsoia-marking-blocked");
        }
        Span status = new Span(getTranslation("levels.status." + equivalence.status().name()));
        status.getElement().getThemeList().add(equivalence.needsVerification() ? "badge contrast small" : "badge success small");
        status.getElement().setAttribute("title", equivalence.article() == null ? "" : equivalence.article());
        return new Span(marking, new Span(" "), status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.levels") + " – " + getTranslation("app.name");
    }
}

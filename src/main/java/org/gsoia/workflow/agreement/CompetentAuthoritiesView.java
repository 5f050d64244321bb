package org.gsoia.workflow.agreement;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import org.gsoia.workflow.language.Dates;

/** The competent authorities both parties notified under the agreement, with their roles. */
@Route("authorities")
@PermitAll
@Menu(order = 20, title = "nav.authorities", icon = "vaadin:institution")
class CompetentAuthoritiesView extends VerticalLayout implements HasDynamicTitle {

    CompetentAuthoritiesView(Agreements agreements, ReferenceData referenceData, OrganisationDirectory organisations) {
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation("authorities.lead", agreements.current().title(getLocale())));
        lead.addClassName("gsoia-lead");

        DateTimeFormatter dates = Dates.shortFormatter(getLocale());
        Grid<CompetentAuthority> grid = new Grid<>();
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> organisations.partyName(a.getPartyCode(), getLocale()))
                .setHeader(getTranslation("authorities.party")).setFlexGrow(1);
        grid.addColumn(a -> a.getOrganisation().getNameNative()).setHeader(getTranslation("authorities.name"))
                .setFlexGrow(3);
        grid.addColumn(a -> a.getOrganisation().getNameEn()).setHeader(getTranslation("authorities.nameEn"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation("authorities.role." + a.getRole().name()))
                .setHeader(getTranslation("authorities.role")).setFlexGrow(2);
        grid.addColumn(a -> dates.format(a.getValidFrom())).setHeader(getTranslation("authorities.validFrom"))
                .setFlexGrow(1);
        grid.addColumn(CompetentAuthority::getNotifiedBy).setHeader(getTranslation("authorities.notifiedBy"))
                .setFlexGrow(2);
        grid.setItems(referenceData.authoritiesOf(agreements.currentId()));
        add(new H2(getTranslation("nav.authorities")), lead, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authorities") + " – " + getTranslation("app.name");
    }
}

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.clearance.AssuranceRequests.Direction;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.web.FieldWidths;

/**
 * The FSC assurance requests between the user's authority and the other party's: those it filed and those it must
 * answer, newest first, paged in the database; the reply deadline stands out while a reply is owed.
 */
@Route(AssuranceDisplay.LIST_ROUTE)
@RolesAllowed(Role.AUTHORITY_ROLE)
@Menu(order = 31, title = "nav.assuranceRequests", icon = "vaadin:file-text-o")
class AssuranceRequestsView extends VerticalLayout implements HasDynamicTitle {

    AssuranceRequestsView(AssuranceRequests requests, AssuranceDisplay display, CurrentUser currentUser) {
        addClassName("gsoia-view");
        setPadding(false);
        String userId = currentUser.userId().orElseThrow();
        Locale locale = getLocale();
        add(new H2(getTranslation("assurance.list.title")));
        Optional<OrganisationSummary> authority = requests.securityAuthorityOf(userId);
        if (authority.isEmpty()) {
            Paragraph notYours = new Paragraph(getTranslation("assurance.list.notSecurityAuthority"));
            notYours.setId("assurance-not-security-authority");
            notYours.addClassName("gsoia-lead");
            add(notYours);
            return;
        }
        Paragraph lead = new Paragraph(getTranslation("assurance.list.lead", authority.get().displayName(locale)));
        lead.addClassName("gsoia-lead");
        Button file = new Button(getTranslation("assurance.new.title"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewAssuranceRequestView.class)));
        file.setId("new-assurance-request");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Select<Direction> direction = new Select<>();
        direction.setId("assurance-direction");
        direction.setLabel(getTranslation("assurance.list.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("assurance.direction." + d.name()));
        direction.setValue(Direction.ALL);
        FieldWidths.fit(direction, Arrays.stream(Direction.values())
                .map(d -> getTranslation("assurance.direction." + d.name())).toList());
        FlexLayout bar = new FlexLayout(direction, file);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-m)");

        String authorityId = authority.get().id();
        Grid<AssuranceRequest> grid = new Grid<>();
        grid.setId("assurance-requests");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // four columns, each with a second line, so that no column is squeezed into breaking words at 1280 px
        grid.addComponentColumn(r -> {
            Anchor open = new Anchor(AssuranceDisplay.page(r.getReference()), r.getReference());
            open.setId("open-" + r.getReference());
            return new Div(open, secondary(getTranslation(AssuranceDisplay.outgoing(r, authorityId)
                    ? "assurance.direction.OUTGOING" : "assurance.direction.INCOMING")));
        }).setHeader(getTranslation("assurance.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new Div(new Div(display.facility(r.getFacilityId(), locale)),
                        secondary(r.getContractingEntity())))
                .setHeader(getTranslation("assurance.facility")).setFlexGrow(3);
        grid.addColumn(r -> display.level(r.getRequiredLevelId(), r.getRequestingParty(), locale))
                .setHeader(getTranslation("assurance.requiredLevel")).setFlexGrow(2);
        grid.addComponentColumn(r -> new Div(new Div(AssuranceDisplay.statusBadge(r.getStatus(), this)), due(r, locale)))
                .setHeader(getTranslation("assurance.status")).setWidth("15em").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("assurance.list.empty"));
        grid.setItems(query -> requests.page(userId, direction.getValue(), query.getOffset(), query.getLimit())
                .stream());
        direction.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(lead, bar, grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    private static Div secondary(String text) {
        Div line = new Div(text);
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    /** The reply deadline while a reply is owed (overdue in red), the date of the reply once it came. */
    private com.vaadin.flow.component.Component due(AssuranceRequest r, Locale locale) {
        if (r.getFirstRepliedAt() != null) {
            return new Div(getTranslation("assurance.repliedOn",
                    AssuranceDisplay.date(r.getFirstRepliedAt().toLocalDate(), locale)));
        }
        if (r.getStatus().isFinal()) {
            return new Div("–");
        }
        Div due = new Div(getTranslation("assurance.replyDueOn", AssuranceDisplay.date(r.getReplyDueOn(), locale)));
        if (r.isReplyOverdue()) {
            due.getElement().getThemeList().add("badge error");
            due.setText(getTranslation("assurance.overdueSince", AssuranceDisplay.date(r.getReplyDueOn(), locale)));
        }
        return due;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assurance.list.title");
    }
}

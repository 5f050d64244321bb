package org.gsoia.workflow.breach.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachChangedException;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachProcedure;
import org.gsoia.workflow.breach.InvalidBreachException;
import org.gsoia.workflow.breach.Transmission;
import org.gsoia.workflow.breach.TransmissionData;
import org.gsoia.workflow.breach.Transmissions;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * The organisation's transmission register (R-BR-08): record a dispatch of the other party's classified item, see each
 * dispatch's receipt deadline in working days, record the receipt; a dispatch whose receipt did not come links the
 * possible-loss case that opened by itself.
 */
@Route("transmissions")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE})
@Menu(order = 72, title = "nav.transmissions", icon = "vaadin:envelopes-o")
class TransmissionsView extends VerticalLayout implements HasDynamicTitle {

    private final Transmissions transmissions;
    private final String userId;
    private final Grid<Transmission> grid = new Grid<>();

    TransmissionsView(Transmissions transmissions, BreachCases cases, Agreements agreements,
                      OrganisationDirectory organisations, DualMarkingFormatter markings, CurrentUser currentUser) {
        this.transmissions = transmissions;
        this.userId = currentUser.userId().orElseThrow();
        Locale locale = getLocale();
        addClassName("gsoia-view");
        setPadding(false);
        String party = cases.partyOf(userId).orElse(null);
        Paragraph lead = new Paragraph(party == null ? "" : getTranslation("transmission.lead",
                transmissions.receiptWorkingDays(party, true), transmissions.receiptWorkingDays(party, false)));
        lead.addClassName("gsoia-lead");
        add(new H2(getTranslation("transmission.title")), lead);
        if (transmissions.mayDispatch(userId)) {
            add(new H3(getTranslation("transmission.new")), form(cases.originatorLevelsFor(userId), agreements,
                    organisations, locale));
        }
        LocalDate today = party == null ? LocalDate.now() : cases.today(party);
        grid.setId("transmissions");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Transmission::getReference).setHeader(getTranslation("transmission.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.getRegistryNumber() + " · " + markings.format(t.getAgreementId(), t.getLevelId(),
                t.getSendingParty(), locale)).setHeader(getTranslation("transmission.item")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("transmission.route." + t.getRoute().name()) + " → " + t.getRecipient())
                .setHeader(getTranslation("transmission.route")).setFlexGrow(2);
        grid.addColumn(t -> Dates.format(t.getDispatchedOn(), locale))
                .setHeader(getTranslation("transmission.dispatchedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> receipt(t, today, locale)).setHeader(getTranslation("transmission.receipt"))
                .setKey("receipt").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("transmission.empty"));
        grid.setItems(query -> transmissions.page(userId, query.getOffset(), query.getLimit()).stream());
        add(grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    private com.vaadin.flow.component.Component receipt(Transmission t, LocalDate today, Locale locale) {
        if (t.getBreachReference() != null) {
            Anchor breach = new Anchor(BreachProcedure.DESCRIPTION.page(t.getBreachReference()),
                    getTranslation("transmission.possibleLoss", t.getBreachReference()));
            Span badge = new Span(breach);
            badge.getElement().getThemeList().add("badge error");
            return t.getReceivedOn() == null ? badge : new Div(badge, new Span(" " + getTranslation(
                    "transmission.receivedOn", Dates.format(t.getReceivedOn(), locale))));
        }
        if (t.getReceivedOn() != null) {
            Span received = new Span(getTranslation("transmission.receivedOn", Dates.format(t.getReceivedOn(),
                    locale)));
            received.getElement().getThemeList().add("badge success");
            return received;
        }
        Span due = new Span(getTranslation("transmission.dueBy", Dates.format(t.getReceiptDueOn(), locale)));
        due.getElement().getThemeList().add(t.getReceiptDueOn().isBefore(today) ? "badge error" : "badge");
        Button received = new Button(getTranslation("transmission.receivedToday"), e -> {
            try {
                transmissions.recordReceipt(t.getReference(), t.getVersion(), today, userId);
            } catch (BreachChangedException changed) {
                org.gsoia.workflow.web.Feedback.warn(getTranslation("breach.changedMeanwhile"));
            } catch (InvalidBreachException invalid) {
                org.gsoia.workflow.web.Feedback.problems(this, null, invalid.problems());
            }
            grid.getDataProvider().refreshAll();
        });
        received.setId("received-" + t.getReference());
        received.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new Div(due, new Span(" "), received);
    }

    private com.vaadin.flow.component.Component form(List<ClassificationLevel> levels, Agreements agreements,
                                                     OrganisationDirectory organisations, Locale locale) {
        Select<Transmission.Route> route = new Select<>();
        route.setId("route");
        route.setLabel(getTranslation("transmission.route"));
        route.setItems(Transmission.Route.values());
        route.setItemLabelGenerator(r -> getTranslation("transmission.route." + r.name()));
        route.setPlaceholder(getTranslation("validation.choose"));
        Select<String> recipientParty = new Select<>();
        recipientParty.setId("recipient-party");
        recipientParty.setLabel(getTranslation("transmission.recipientParty"));
        recipientParty.setItems(agreements.parties());
        recipientParty.setItemLabelGenerator(p -> organisations.partyName(p, locale));
        recipientParty.setPlaceholder(getTranslation("validation.choose"));
        TextField recipient = field("transmission.recipient", "recipient", 200);
        Select<ClassificationLevel> level = new Select<>();
        level.setId("level");
        level.setLabel(getTranslation("breach.item.level"));
        level.setItems(levels);
        level.setItemLabelGenerator(ClassificationLevel::markingWithRomanisation);
        level.setPlaceholder(getTranslation("validation.choose"));
        TextField originator = field("breach.item.originator", "originator", 200);
        TextField registry = field("breach.item.registryNumber", "registry", 100);
        TextField copy = field("breach.item.copy", "copy", 20);
        Select<BreachItem.Medium> medium = new Select<>();
        medium.setId("medium");
        medium.setLabel(getTranslation("breach.item.medium"));
        medium.setItems(BreachItem.Medium.values());
        medium.setItemLabelGenerator(m -> getTranslation("breach.medium." + m.name()));
        medium.setPlaceholder(getTranslation("validation.choose"));
        DatePicker dispatchedOn = DateFields.localize(new DatePicker(getTranslation("transmission.dispatchedOn")),
                locale, this);
        dispatchedOn.setId("dispatched-on");
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("route", route);
        problems.register("recipientParty", recipientParty);
        problems.register("recipient", recipient);
        problems.register("levelId", level);
        problems.register("originator", originator);
        problems.register("registryNumber", registry);
        problems.register("copyNumber", copy);
        problems.register("medium", medium);
        problems.register("dispatchedOn", dispatchedOn);
        Button dispatch = new Button(getTranslation("transmission.dispatch"), e -> {
            problems.clear();
            try {
                Transmission t = transmissions.dispatch(new TransmissionData(route.getValue(), recipientParty.getValue(),
                        recipient.getValue(), originator.getValue(), registry.getValue(), copy.getValue(),
                        medium.getValue(), level.getValue() == null ? null : level.getValue().getId(),
                        dispatchedOn.getValue()), userId);
                Notification.show(getTranslation("transmission.dispatched", t.getReference(),
                                Dates.format(t.getReceiptDueOn(), locale)), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                registry.clear();
                copy.clear();
                grid.getDataProvider().refreshAll();
            } catch (InvalidBreachException invalid) {
                problems.show(invalid.problems());
            }
        });
        dispatch.setId("dispatch");
        dispatch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout first = row(route, recipientParty, recipient);
        FlexLayout second = row(level, originator, registry, copy, medium, dispatchedOn);
        VerticalLayout form = new VerticalLayout(first, second, dispatch);
        form.setPadding(false);
        form.setSpacing(false);
        return form;
    }

    private TextField field(String labelKey, String id, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transmission.title");
    }
}

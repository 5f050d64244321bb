package org.gsoia.workflow.breach.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachProcedure;
import org.gsoia.workflow.breach.BreachReportData;
import org.gsoia.workflow.breach.InvalidBreachException;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * Anyone of an organisation of a party reports a breach, loss or compromise of the other party's information
 * (R-BR-01, R-BR-03): what happened, where, when (with the zone), and every item affected. Nothing is saved unless
 * every rule is met; what was typed stays when something is refused.
 */
@Route("breaches/new")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE})
@Menu(order = 70, title = "nav.breachNew", icon = "vaadin:warning")
class ReportBreachView extends VerticalLayout implements HasDynamicTitle {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Tokyo"), ZoneId.of("UTC"));

    private final BreachCases cases;
    private final String userId;
    private final Locale locale;
    private final FieldProblemDisplay problems;
    private final Select<BreachCase.EventType> eventType = new Select<>();
    private final ComboBox<FacilityEntry> facility = new ComboBox<>();
    private final TextField location;
    private final DatePicker discoveredOn;
    private final TimePicker discoveredTime;
    private final Select<ZoneId> discoveredZone = new Select<>();
    private final DatePicker occurredOn;
    private final TimePicker occurredTime;
    private final TextArea circumstances;
    private final TextArea recipients;
    private final TextArea containment;
    private final TextField contact;
    private final VerticalLayout itemRows = new VerticalLayout();
    private final List<ItemRow> items = new ArrayList<>();
    private final List<ClassificationLevel> levels;
    private final Div summary = new Div();

    ReportBreachView(BreachCases cases, People people, CurrentUser currentUser) {
        this.cases = cases;
        this.userId = currentUser.userId().orElseThrow();
        this.locale = getLocale();
        this.problems = new FieldProblemDisplay(this, locale);
        this.levels = cases.originatorLevelsFor(userId);
        addClassName("gsoia-view");
        setPadding(false);
        Paragraph lead = new Paragraph(getTranslation("breach.new.lead"));
        lead.addClassName("gsoia-lead");

        eventType.setId("event-type");
        eventType.setLabel(getTranslation("breach.eventType"));
        eventType.setItems(BreachCase.EventType.values());
        eventType.setItemLabelGenerator(t -> getTranslation("breach.eventType." + t.name()));
        eventType.setPlaceholder(getTranslation("validation.choose"));
        eventType.setWidth("24em");
        facility.setId("facility");
        facility.setLabel(getTranslation("breach.facility"));
        facility.setHelperText(getTranslation("breach.facility.help"));
        facility.setItems(cases.facilitiesFor(userId));
        facility.setItemLabelGenerator(f -> f.displayName(locale));
        facility.setClearButtonVisible(true);
        facility.setWidth("24em");
        location = new TextField(getTranslation("breach.location"));
        location.setId("location");
        location.setHelperText(getTranslation("breach.location.help"));
        location.setMaxLength(200);
        location.setWidth("24em");

        ZoneId zone = people.zoneOf(userId);
        discoveredOn = DateFields.localize(new DatePicker(getTranslation("breach.discoveredOn")), locale, this);
        discoveredOn.setId("discovered-on");
        discoveredTime = time("breach.discoveredTime", "discovered-time");
        discoveredZone.setId("discovered-zone");
        discoveredZone.setLabel(getTranslation("breach.zone"));
        discoveredZone.setItems(ZONES);
        discoveredZone.setItemLabelGenerator(z -> getTranslation("breach.zone." + z.getId()));
        discoveredZone.setValue(ZONES.contains(zone) ? zone : ZONES.get(0));
        discoveredZone.setWidth("16em");
        occurredOn = DateFields.localize(new DatePicker(getTranslation("breach.occurredOn")), locale, this);
        occurredOn.setId("occurred-on");
        occurredOn.setHelperText(getTranslation("breach.occurredOn.help"));
        occurredTime = time("breach.occurredTime", "occurred-time");

        circumstances = area("breach.circumstances", "circumstances", "breach.circumstances.help");
        recipients = area("breach.unauthorisedRecipients", "recipients", null);
        containment = area("breach.containment", "containment", "breach.containment.help");
        contact = new TextField(getTranslation("breach.pointOfContact"));
        contact.setId("contact");
        contact.setHelperText(getTranslation("breach.pointOfContact.help"));
        contact.setMaxLength(200);
        contact.setWidth("24em");

        problems.register("eventType", eventType);
        problems.register("facilityId", facility);
        problems.register("location", location);
        problems.register("discoveredAt", discoveredOn);
        problems.register("occurredAt", occurredOn);
        problems.register("circumstances", circumstances);
        problems.register("unauthorisedRecipients", recipients);
        problems.register("containment", containment);
        problems.register("pointOfContact", contact);

        itemRows.setPadding(false);
        itemRows.setId("items");
        Button addItem = new Button(getTranslation("breach.item.add"), VaadinIcon.PLUS.create(), e -> addItem());
        addItem.setId("add-item");
        addItem();

        summary.addClassName("gsoia-problem-summary");
        summary.setVisible(false);
        Button submit = new Button(getTranslation("breach.submit"), e -> submit());
        submit.setId("submit-breach");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("nav.breachNew")), lead, eventType, row(facility, location),
                new H3(getTranslation("breach.when")), row(discoveredOn, discoveredTime, discoveredZone),
                row(occurredOn, occurredTime), new H3(getTranslation("breach.what")), circumstances, recipients,
                containment, contact, new H3(getTranslation("breach.items")), itemRows, addItem, summary, submit);
    }

    private TimePicker time(String labelKey, String id) {
        TimePicker picker = new TimePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(15));
        picker.setLocale(locale);
        return picker;
    }

    private TextArea area(String labelKey, String id, String helpKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(2000);
        area.setWidthFull();
        if (helpKey != null) {
            area.setHelperText(getTranslation(helpKey));
        }
        return area;
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        return row;
    }

    private void addItem() {
        ItemRow[] added = new ItemRow[1];
        added[0] = new ItemRow(levels, locale, this, () -> {
            items.remove(added[0]);
            itemRows.remove(added[0]);
            reindex();
        });
        items.add(added[0]);
        itemRows.add(added[0]);
        reindex();
    }

    private void reindex() {
        problems.unregisterPrefix("items[");
        for (int i = 0; i < items.size(); i++) {
            items.get(i).index(i, problems, this);
        }
    }

    private void submit() {
        List<FieldProblem> local = new ArrayList<>();
        ZonedDateTime discovered = moment(discoveredOn.getValue(), discoveredTime.getValue(), "discoveredAt", local);
        ZonedDateTime occurred = moment(occurredOn.getValue(), occurredTime.getValue(), "occurredAt", local);
        FacilityEntry where = facility.getValue();
        BreachReportData data = new BreachReportData(eventType.getValue(), where == null ? null : where.id(),
                location.getValue(), discovered, occurred, circumstances.getValue(), recipients.getValue(),
                containment.getValue(), contact.getValue(), items.stream().map(ItemRow::data).toList());
        try {
            if (!local.isEmpty()) {
                List<FieldProblem> all = new ArrayList<>(local);
                cases.reportProblems(data, userId).stream()
                        .filter(p -> local.stream().noneMatch(l -> l.field().equals(p.field()))).forEach(all::add);
                throw new InvalidBreachException(all);
            }
            BreachCase breach = cases.report(data, userId);
            Notification.show(getTranslation("breach.submitted", breach.getReference()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(BreachProcedure.DESCRIPTION.page(breach.getReference())));
        } catch (InvalidBreachException invalid) {
            problems.clear();
            List<String> unshown = problems.show(invalid.problems());
            summary.removeAll();
            summary.add(new Paragraph(getTranslation("breach.refused", invalid.problems().size())));
            unshown.forEach(text -> summary.add(new Paragraph(text)));
            summary.setVisible(true);
        }
    }

    /** The date and time typed, in the chosen zone; a time that does not exist there is a problem of the field. */
    private ZonedDateTime moment(LocalDate day, LocalTime time, String field, List<FieldProblem> local) {
        if (day == null) {
            if (time != null) {
                local.add(FieldProblem.of(field, "validation.required"));
            }
            return null;
        }
        return BreachCases.inZone(day.atTime(time == null ? LocalTime.MIDNIGHT : time), discoveredZone.getValue())
                .orElseGet(() -> {
                    local.add(FieldProblem.of(field, "validation.breach.noSuchTime"));
                    return null;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.breachNew");
    }
}

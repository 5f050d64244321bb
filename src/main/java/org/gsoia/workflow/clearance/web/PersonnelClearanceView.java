package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PersonnelClearanceChangedMeanwhileException;
import org.gsoia.workflow.clearance.PersonnelClearanceData;
import org.gsoia.workflow.clearance.PersonnelClearances;
import org.gsoia.workflow.clearance.PscScheme;
import org.gsoia.workflow.clearance.PscStatus;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * One person's entry in the PSC register (R-FC-08), or a new one ({@code personnel/new}): the form for officers of
 * the party's designated security authority, read-only for its other officers. A change made meanwhile by a
 * colleague is shown and the officer's entries are kept.
 */
@Route("personnel/:id")
@RolesAllowed(Role.AUTHORITY_ROLE)
class PersonnelClearanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PersonnelClearances clearances;
    private final FacilityRegister facilities;
    private final AssuranceDisplay display;
    private final People people;
    private final String userId;
    private PersonnelClearance entry;
    private String title = "";

    PersonnelClearanceView(PersonnelClearances clearances, FacilityRegister facilities, AssuranceDisplay display,
                           People people, CurrentUser currentUser) {
        this.clearances = clearances;
        this.facilities = facilities;
        this.display = display;
        this.people = people;
        this.userId = currentUser.userId().orElseThrow();
        addClassName("gsoia-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        String party = clearances.partyOf(userId).orElse(null);
        if ("new".equals(id)) {
            if (party == null || !clearances.mayMaintain(userId, party)) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            entry = null;
            render(party);
            return;
        }
        try {
            entry = clearances.find(Long.valueOf(id), userId).orElse(null);
        } catch (NumberFormatException notAnId) {
            entry = null;
        }
        if (entry == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(entry.getPartyCode());
    }

    private void render(String party) {
        removeAll();
        Locale locale = getLocale();
        title = entry == null ? getTranslation("psc.new") : entry.getNamePassport();
        add(new Anchor("personnel", getTranslation("psc.backToRegister")), new H2(title));
        if (entry != null) {
            Paragraph recorded = new Paragraph(getTranslation("psc.recorded", display.authority(
                    entry.getIssuingAuthorityId(), locale), people.nameAndOrganisation(entry.getRecordedBy(), locale),
                    AssuranceDisplay.date(entry.getRecordedAt().toLocalDate(), locale)));
            recorded.setId("psc-recorded");
            recorded.addClassName("gsoia-lead");
            add(recorded);
        }
        boolean maintains = clearances.mayMaintain(userId, party);
        TextField nameNative = new TextField(getTranslation("psc.nameNative"));
        TextField namePassport = new TextField(getTranslation("psc.namePassport"));
        namePassport.setHelperText(getTranslation("psc.namePassport.help"));
        DatePicker dateOfBirth = DateFields.localize(new DatePicker(getTranslation("psc.dateOfBirth")), locale, this);
        ComboBox<FacilityEntry> facility = new ComboBox<>(getTranslation("psc.facility"));
        facility.setItems(facilities.ofParty(party));
        facility.setItemLabelGenerator(f -> f.displayName(locale));
        facility.setClearButtonVisible(true);
        Select<PscScheme> scheme = new Select<>();
        scheme.setLabel(getTranslation("psc.scheme"));
        List<PscScheme> schemes = clearances.schemesOf(party);
        scheme.setItems(schemes);
        scheme.setItemLabelGenerator(s -> getTranslation("psc.scheme." + s.getCode())
                + s.getValidityYears().map(y -> " · " + getTranslation("psc.validityYears", y)).orElse(""));
        Select<ClassificationLevel> level = new Select<>();
        level.setLabel(getTranslation("psc.level"));
        level.setItems(clearances.levelsOf(party));
        level.setItemLabelGenerator(l -> display.level(l.getId(), party, locale));
        DatePicker issuedOn = DateFields.localize(new DatePicker(getTranslation("psc.issuedOn")), locale, this);
        DatePicker expiresOn = DateFields.localize(new DatePicker(getTranslation("psc.expiresOn")), locale, this);
        Select<PscStatus> status = new Select<>();
        status.setLabel(getTranslation("psc.status"));
        status.setItems(PscStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("psc.status." + s.name()));
        TextField reasons = new TextField(getTranslation("psc.reasonsReference"));
        reasons.setHelperText(getTranslation("psc.reasonsReference.help"));
        for (var field : List.of(nameNative, namePassport, reasons)) {
            field.setMaxLength(200);
        }
        for (var required : List.<com.vaadin.flow.component.HasValue<?, ?>>of(nameNative, namePassport, dateOfBirth,
                scheme, level, issuedOn, expiresOn, status)) {
            required.setRequiredIndicatorVisible(true);
        }
        nameNative.setId("psc-name-native");
        namePassport.setId("psc-name-passport");
        dateOfBirth.setId("psc-date-of-birth");
        facility.setId("psc-facility");
        scheme.setId("psc-scheme");
        level.setId("psc-level");
        issuedOn.setId("psc-issued-on");
        expiresOn.setId("psc-expires-on");
        status.setId("psc-status");
        reasons.setId("psc-reasons");
        if (entry != null) {
            PersonnelClearanceData data = entry.toData();
            nameNative.setValue(data.nameNative());
            namePassport.setValue(data.namePassport());
            dateOfBirth.setValue(data.dateOfBirth());
            facilities.find(data.facilityId() == null ? "" : data.facilityId()).ifPresent(facility::setValue);
            schemes.stream().filter(s -> s.getCode().equals(data.scheme())).findFirst().ifPresent(scheme::setValue);
            clearances.levelsOf(party).stream().filter(l -> l.getId().equals(data.levelId())).findFirst()
                    .ifPresent(level::setValue);
            issuedOn.setValue(data.issuedOn());
            expiresOn.setValue(data.expiresOn());
            status.setValue(data.status());
            reasons.setValue(data.reasonsReference() == null ? "" : data.reasonsReference());
        } else {
            status.setValue(PscStatus.VALID);
        }
        FormLayout form = new FormLayout(nameNative, namePassport, dateOfBirth, facility, scheme, level, issuedOn,
                expiresOn, status, reasons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasEnabled) c).setEnabled(maintains));
        add(form);
        if (!maintains) {
            Paragraph readOnly = new Paragraph(getTranslation("psc.readOnly"));
            readOnly.setId("psc-read-only");
            add(readOnly);
            return;
        }
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("nameNative", nameNative);
        problems.register("namePassport", namePassport);
        problems.register("dateOfBirth", dateOfBirth);
        problems.register("facility", facility);
        problems.register("scheme", scheme);
        problems.register("level", level);
        problems.register("issuedOn", issuedOn);
        problems.register("expiresOn", expiresOn);
        problems.register("status", status);
        problems.register("reasonsReference", reasons);
        Div summary = new Div();
        summary.setId("psc-problems");
        Button save = TaskCard.primary(getTranslation(entry == null ? "psc.record" : "psc.save"));
        save.setId("psc-save");
        save.addClickListener(e -> {
            summary.setText("");
            PersonnelClearanceData data = new PersonnelClearanceData(nameNative.getValue(),
                    namePassport.getValue(), dateOfBirth.getValue(),
                    facility.getValue() == null ? null : facility.getValue().id(),
                    scheme.getValue() == null ? null : scheme.getValue().getCode(),
                    level.getValue() == null ? null : level.getValue().getId(), issuedOn.getValue(),
                    expiresOn.getValue(), status.getValue(), reasons.getValue());
            try {
                PersonnelClearance saved = entry == null ? clearances.record(data, userId)
                        : clearances.change(entry.getId(), entry.getVersion(), data, userId);
                Notification.show(getTranslation("psc.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("personnel/" + saved.getId()));
            } catch (InvalidAssuranceRequestException invalid) {
                summary.setText(String.join(" ", problems.show(invalid.problems())));
            } catch (PersonnelClearanceChangedMeanwhileException meanwhile) {
                summary.add(new Span(getTranslation("psc.changedMeanwhile")));
            }
        });
        add(summary, save);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

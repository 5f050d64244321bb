package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.visit.VisitorData;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * One visitor: names in native script and passport spelling, birth, nationality, passport, position, employer,
 * personnel security clearance and consent to the transfer of personal data. Removable in place.
 */
class VisitorRow extends VerticalLayout {

    private final VisitRequestForm form;
    private final VisitFormContext context;
    private final Span title = new Span();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final TextField nameNative = new TextField();
    private final TextField surnamePassport = new TextField();
    private final TextField givenNamesPassport = new TextField();
    private final DatePicker dateOfBirth = new DatePicker();
    private final TextField placeOfBirth = new TextField();
    private final ComboBox<String> nationality = new ComboBox<>();
    private final TextField passportNumber = new TextField();
    private final TextField jobTitle = new TextField();
    private final TextField employer = new TextField();
    private final ComboBox<ClassificationLevel> clearanceLevel = new ComboBox<>();
    private final TextField clearanceIssuedBy = new TextField();
    private final DatePicker clearanceExpiresOn = new DatePicker();
    private final Checkbox consentGiven = new Checkbox();
    private final ComboBox<PersonnelClearance> fromRegister = new ComboBox<>();

    VisitorRow(VisitRequestForm form, VisitFormContext context, VisitorData data) {
        this.form = form;
        this.context = context;
        addClassName("gsoia-row");
        setPadding(false);
        setSpacing(false);
        nameNative.setLabel(form.t("visit.visitor.nameNative"));
        surnamePassport.setLabel(form.t("visit.visitor.surnamePassport"));
        givenNamesPassport.setLabel(form.t("visit.visitor.givenNamesPassport"));
        surnamePassport.setHelperText(form.t("visit.visitor.passportHelper"));
        dateOfBirth.setLabel(form.t("visit.visitor.dateOfBirth"));
        placeOfBirth.setLabel(form.t("visit.visitor.placeOfBirth"));
        nationality.setLabel(form.t("visit.visitor.nationality"));
        nationality.setItems(context.countries());
        nationality.setItemLabelGenerator(context::countryName);
        passportNumber.setLabel(form.t("visit.visitor.passportNumber"));
        jobTitle.setLabel(form.t("visit.visitor.jobTitle"));
        employer.setLabel(form.t("visit.visitor.employer"));
        clearanceLevel.setLabel(form.t("visit.visitor.clearanceLevel"));
        clearanceLevel.setItems(context.sendingLevels());
        clearanceLevel.setItemLabelGenerator(ClassificationLevel::markingWithRomanisation);
        clearanceIssuedBy.setLabel(form.t("visit.visitor.clearanceIssuedBy"));
        clearanceExpiresOn.setLabel(form.t("visit.visitor.clearanceExpiresOn"));
        consentGiven.setLabel(form.t("visit.visitor.consent"));
        DateFields.localize(dateOfBirth, context.locale(), this);
        DateFields.localize(clearanceExpiresOn, context.locale(), this);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(form.t("visit.visitor.remove"));
        remove.setTooltipText(form.t("visit.visitor.remove"));
        remove.addClickListener(e -> form.remove(this));
        title.addClassName("gsoia-row-title");
        fromRegister.setLabel(form.t("visit.visitor.fromRegister"));
        boolean nobody = context.registeredStaff().isEmpty();
        fromRegister.setHelperText(form.t(nobody ? "visit.visitor.fromRegister.none" : "visit.visitor.fromRegister.help"));
        fromRegister.setItems(query -> context.registeredStaff().page(query.getFilter().orElse(null),
                query.getOffset(), query.getLimit()).stream());
        fromRegister.setItemLabelGenerator(p -> p.getNamePassport() + " / " + p.getNameNative() + " · "
                + form.t("psc.status." + p.getStatus().name()) + " · " + form.t("psc.until",
                org.gsoia.workflow.language.Dates.format(p.getExpiresOn(), context.locale())));
        fromRegister.setClearButtonVisible(true);
        fromRegister.setEnabled(!nobody);
        fromRegister.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                take(e.getValue());
            }
        });
        fill(data);

        FormLayout fields = new FormLayout(fromRegister, nameNative, surnamePassport, givenNamesPassport, dateOfBirth, placeOfBirth,
                nationality, passportNumber, jobTitle, employer, clearanceLevel, clearanceIssuedBy, clearanceExpiresOn,
                consentGiven);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 3));
        fields.setColspan(consentGiven, 3);
        fields.setColspan(fromRegister, 3);
        HorizontalLayout head = new HorizontalLayout(title, remove);
        head.setAlignItems(Alignment.CENTER);
        add(head, fields);
    }

    private void fill(VisitorData data) {
        nameNative.setValue(VisitRequestForm.nullToEmpty(data.nameNative()));
        surnamePassport.setValue(VisitRequestForm.nullToEmpty(data.surnamePassport()));
        givenNamesPassport.setValue(VisitRequestForm.nullToEmpty(data.givenNamesPassport()));
        dateOfBirth.setValue(data.dateOfBirth());
        placeOfBirth.setValue(VisitRequestForm.nullToEmpty(data.placeOfBirth()));
        nationality.setValue(data.nationality() == null || data.nationality().isEmpty() ? null : data.nationality());
        passportNumber.setValue(VisitRequestForm.nullToEmpty(data.passportNumber()));
        jobTitle.setValue(VisitRequestForm.nullToEmpty(data.jobTitle()));
        employer.setValue(VisitRequestForm.nullToEmpty(data.employer()));
        clearanceLevel.setValue(context.sendingLevels().stream()
                .filter(l -> l.getId().equals(data.clearanceLevelId())).findFirst().orElse(null));
        clearanceIssuedBy.setValue(VisitRequestForm.nullToEmpty(data.clearanceIssuedBy()));
        clearanceExpiresOn.setValue(data.clearanceExpiresOn());
        consentGiven.setValue(Boolean.TRUE.equals(data.consentGiven()));
        fromRegister.setValue(data.personnelClearanceId() == null ? null
                : context.registeredStaff().find(data.personnelClearanceId()).orElse(null));
        lockClearance();
    }

    /**
     * Takes the person's names, birth date and clearance from the register; those fields then show the register's
     * and cannot be typed over (the server takes them from the register in any case).
     */
    private void take(PersonnelClearance person) {
        if (person != null) {
            nameNative.setValue(person.getNameNative());
            String[] passport = person.getNamePassport().split(",", 2); // as asRegistered reads it on saving
            surnamePassport.setValue(passport[0].strip());
            givenNamesPassport.setValue(passport.length > 1 ? passport[1].strip() : "");
            dateOfBirth.setValue(person.getDateOfBirth());
            clearanceLevel.setValue(context.sendingLevels().stream()
                    .filter(l -> l.getId().equals(person.getLevelId())).findFirst().orElse(null));
            clearanceIssuedBy.setValue(form.t("visit.visitor.registered"));
            clearanceExpiresOn.setValue(person.getExpiresOn());
        }
        lockClearance();
    }

    private void lockClearance() {
        boolean registered = fromRegister.getValue() != null;
        nameNative.setReadOnly(registered);
        surnamePassport.setReadOnly(registered);
        givenNamesPassport.setReadOnly(registered);
        dateOfBirth.setReadOnly(registered);
        clearanceLevel.setReadOnly(registered);
        clearanceIssuedBy.setReadOnly(registered);
        clearanceExpiresOn.setReadOnly(registered);
    }

    void register(FieldProblemDisplay problems, String prefix, int number, boolean removable) {
        title.setText(form.t("visit.visitor.title", number));
        remove.setVisible(removable);
        problems.register(prefix + "nameNative", nameNative);
        problems.register(prefix + "surnamePassport", surnamePassport);
        problems.register(prefix + "givenNamesPassport", givenNamesPassport);
        problems.register(prefix + "dateOfBirth", dateOfBirth);
        problems.register(prefix + "placeOfBirth", placeOfBirth);
        problems.register(prefix + "nationality", nationality);
        problems.register(prefix + "passportNumber", passportNumber);
        problems.register(prefix + "jobTitle", jobTitle);
        problems.register(prefix + "employer", employer);
        problems.register(prefix + "clearanceLevelId", clearanceLevel);
        problems.register(prefix + "clearanceIssuedBy", clearanceIssuedBy);
        problems.register(prefix + "clearanceExpiresOn", clearanceExpiresOn);
        problems.register(prefix + "consentGiven", consentGiven);
        problems.register(prefix + "personnelClearanceId", fromRegister);
    }

    VisitorData getData() {
        return new VisitorData(nameNative.getValue(), surnamePassport.getValue().strip(),
                givenNamesPassport.getValue().strip(), dateOfBirth.getValue(), placeOfBirth.getValue(),
                nationality.getValue(), passportNumber.getValue().strip(), jobTitle.getValue(), employer.getValue(),
                clearanceLevel.getOptionalValue().map(ClassificationLevel::getId).orElse(null),
                clearanceIssuedBy.getValue(), clearanceExpiresOn.getValue(), consentGiven.getValue(),
                fromRegister.getOptionalValue().map(PersonnelClearance::getId).orElse(null));
    }
}

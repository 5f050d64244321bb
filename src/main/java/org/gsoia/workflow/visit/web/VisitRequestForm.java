package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.ui.Languages;
import org.gsoia.workflow.visit.SiteData;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.VisitorData;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * The request form shared by "new request", correction, answering a question and amendment: header, sites and
 * visitors (rows added and removed in place). The earliest admissible visit date follows the type as the applicant
 * types; the server checks everything again on submit and its problems appear next to the fields.
 */
class VisitRequestForm extends VerticalLayout {

    private final VisitFormContext context;
    private final FieldProblemDisplay problems;

    private final RadioButtonGroup<VisitType> type = new RadioButtonGroup<>();
    private final ComboBox<FacilityEntry> requestingFacility = new ComboBox<>();
    private final ComboBox<FacilityEntry> hostFacility = new ComboBox<>();
    private final TextField programmeReference = new TextField();
    private final TextArea purpose = new TextArea();
    /** The language the applicant writes the request's texts in: readers of other languages see it marked. */
    private final Select<String> textLanguage = new Select<>();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final ComboBox<ClassificationLevel> level = new ComboBox<>();
    private final Checkbox handCarry = new Checkbox();
    private final TextArea emergencyJustification = new TextArea();
    private final TextArea priorCoordinationNote = new TextArea();
    private final VerticalLayout siteRows = new VerticalLayout();
    private final VerticalLayout visitorRows = new VerticalLayout();
    private final List<SiteRow> sites = new ArrayList<>();
    private final List<VisitorRow> visitors = new ArrayList<>();

    VisitRequestForm(VisitFormContext context) {
        this.context = context;
        this.problems = new FieldProblemDisplay(this, context.locale());
        addClassName("gsoia-visit-form");
        setPadding(false);

        type.setLabel(t("visit.type"));
        type.setItems(VisitType.values());
        type.setItemLabelGenerator(v -> t("visit.type." + v.name()));
        type.setValue(VisitType.ONE_TIME);
        type.addValueChangeListener(e -> typeChanged());

        requestingFacility.setLabel(t("visit.requestingFacility"));
        requestingFacility.setItems(context.ownFacilities());
        requestingFacility.setItemLabelGenerator(f -> f.displayName(getLocale()));
        hostFacility.setLabel(t("visit.hostFacility"));
        hostFacility.setItems(context.hostFacilities());
        hostFacility.setItemLabelGenerator(f -> f.displayName(getLocale()));
        programmeReference.setLabel(t("visit.programmeReference"));
        programmeReference.setMaxLength(200);
        purpose.setLabel(t("visit.purpose"));
        textLanguage.setLabel(t("visit.textLanguage"));
        textLanguage.setHelperText(t("visit.textLanguage.helper"));
        textLanguage.setItems(Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
        textLanguage.setItemLabelGenerator(code -> Languages.nativeName(Locale.forLanguageTag(code)));
        textLanguage.setValue(Languages.supported(context.locale()).getLanguage());
        purpose.setMaxLength(2000);
        startDate.setLabel(t("visit.startDate"));
        endDate.setLabel(t("visit.endDate"));
        DateFields.localize(startDate, getLocale(), this);
        DateFields.localize(endDate, getLocale(), this);
        startDate.addValueChangeListener(e -> {
            if (endDate.isEmpty() && e.getValue() != null) {
                endDate.setValue(e.getValue());
            }
        });
        level.setLabel(t("visit.level"));
        level.setItems(context.sendingLevels());
        level.setItemLabelGenerator(context::dualMarking);
        level.setHelperText(t("visit.level.helper"));
        handCarry.setLabel(t("visit.handCarry"));
        emergencyJustification.setLabel(t("visit.emergencyJustification"));
        priorCoordinationNote.setLabel(t("visit.priorCoordinationNote"));

        problems.register("requestingFacilityId", requestingFacility);
        problems.register("hostFacilityId", hostFacility);
        problems.register("programmeReference", programmeReference);
        problems.register("purpose", purpose);
        problems.register("startDate", startDate);
        problems.register("endDate", endDate);
        problems.register("levelId", level);
        problems.register("emergencyJustification", emergencyJustification);
        problems.register("priorCoordinationNote", priorCoordinationNote);

        FormLayout header = new FormLayout(type, requestingFacility, hostFacility, programmeReference, startDate,
                endDate, level, handCarry, textLanguage, purpose, emergencyJustification, priorCoordinationNote);
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        header.setColspan(type, 2);
        // facility names are long (with their romanisation for readers of another script): a whole line each
        header.setColspan(requestingFacility, 2);
        header.setColspan(hostFacility, 2);
        header.setColspan(purpose, 2);
        header.setColspan(emergencyJustification, 2);
        header.setColspan(priorCoordinationNote, 2);

        Button addSite = new Button(t("visit.site.add"), VaadinIcon.PLUS.create(), e -> addSite(SiteData.empty()));
        addSite.setId("add-site");
        addSite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button addVisitor = new Button(t("visit.visitor.add"), VaadinIcon.PLUS.create(), e -> addVisitor(VisitorData.empty()));
        addVisitor.setId("add-visitor");
        addVisitor.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        siteRows.setPadding(false);
        visitorRows.setPadding(false);

        add(header, section("visit.sites"), siteRows, addSite, section("visit.visitors"), visitorRows, addVisitor);
        addSite(SiteData.empty());
        addVisitor(VisitorData.empty());
        typeChanged();
    }

    private H3 section(String key) {
        H3 title = new H3(t(key));
        title.addClassName("gsoia-section-title");
        return title;
    }

    private void typeChanged() {
        boolean emergency = type.getValue() == VisitType.EMERGENCY;
        emergencyJustification.setVisible(emergency);
        priorCoordinationNote.setVisible(emergency);
        emergencyJustification.setRequiredIndicatorVisible(emergency);
        priorCoordinationNote.setRequiredIndicatorVisible(emergency);
        LocalDate earliest = context.earliestVisitDate(type.getValue());
        startDate.setMin(earliest);
        startDate.setHelperText(t("visit.startDate.earliest",
                Dates.longFormatter(getLocale()).format(earliest)));
    }

    void addSite(SiteData data) {
        SiteRow row = new SiteRow(this, data);
        sites.add(row);
        siteRows.add(row);
        reindex();
    }

    void addVisitor(VisitorData data) {
        if (visitors.size() >= VisitRequestData.MAX_VISITORS) {
            return;
        }
        VisitorRow row = new VisitorRow(this, context, data);
        visitors.add(row);
        visitorRows.add(row);
        reindex();
    }

    void remove(SiteRow row) {
        sites.remove(row);
        siteRows.remove(row);
        reindex();
    }

    void remove(VisitorRow row) {
        visitors.remove(row);
        visitorRows.remove(row);
        reindex();
    }

    /** Rows are addressed by position (visitors[2].…), so registrations follow every add and remove. */
    private void reindex() {
        problems.unregisterPrefix("sites[");
        problems.unregisterPrefix("visitors[");
        for (int i = 0; i < sites.size(); i++) {
            sites.get(i).register(problems, "sites[" + i + "].", i + 1, sites.size() > 1);
        }
        for (int i = 0; i < visitors.size(); i++) {
            visitors.get(i).register(problems, "visitors[" + i + "].", i + 1, visitors.size() > 1);
        }
    }

    VisitRequestData getData() {
        return new VisitRequestData(type.getValue(),
                requestingFacility.getOptionalValue().map(FacilityEntry::id).orElse(null),
                hostFacility.getOptionalValue().map(FacilityEntry::id).orElse(null),
                programmeReference.getValue(), purpose.getValue(), startDate.getValue(), endDate.getValue(),
                level.getOptionalValue().map(ClassificationLevel::getId).orElse(null), handCarry.getValue(),
                emergencyJustification.getValue(), priorCoordinationNote.getValue(),
                sites.stream().map(SiteRow::getData).toList(), visitors.stream().map(VisitorRow::getData).toList(),
                textLanguage.getValue());
    }

    void setData(VisitRequestData data) {
        type.setValue(data.type() == null ? VisitType.ONE_TIME : data.type());
        requestingFacility.setValue(context.ownFacilities().stream()
                .filter(f -> f.id().equals(data.requestingFacilityId())).findFirst().orElse(null));
        hostFacility.setValue(context.hostFacilities().stream()
                .filter(f -> f.id().equals(data.hostFacilityId())).findFirst().orElse(null));
        programmeReference.setValue(nullToEmpty(data.programmeReference()));
        purpose.setValue(nullToEmpty(data.purpose()));
        if (data.textLanguage() != null) {
            textLanguage.setValue(data.textLanguage());
        }
        startDate.setValue(data.startDate());
        endDate.setValue(data.endDate());
        level.setValue(context.sendingLevels().stream().filter(l -> l.getId().equals(data.levelId()))
                .findFirst().orElse(null));
        handCarry.setValue(data.handCarry());
        emergencyJustification.setValue(nullToEmpty(data.emergencyJustification()));
        priorCoordinationNote.setValue(nullToEmpty(data.priorCoordinationNote()));
        new ArrayList<>(sites).forEach(this::remove);
        new ArrayList<>(visitors).forEach(this::remove);
        (data.sites().isEmpty() ? List.of(SiteData.empty()) : data.sites()).forEach(this::addSite);
        (data.visitors().isEmpty() ? List.of(VisitorData.empty()) : data.visitors()).forEach(this::addVisitor);
    }

    /** Shows the server's problems next to their fields; returns the texts no field could show. */
    List<String> showProblems(List<FieldProblem> found) {
        return problems.show(found);
    }

    void clearProblems() {
        problems.clear();
    }

    String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

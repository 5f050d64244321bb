package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.clearance.ClearanceChange;
import org.gsoia.workflow.clearance.ClearanceChangeRefusedException;
import org.gsoia.workflow.clearance.ClearanceChangedMeanwhileException;
import org.gsoia.workflow.clearance.ClearanceField;
import org.gsoia.workflow.clearance.ClearanceHistoryEntry;
import org.gsoia.workflow.clearance.ClearanceHistoryLine;
import org.gsoia.workflow.clearance.FacilityClearance;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.web.FieldProblemDisplay;
import org.gsoia.workflow.web.WrittenText;

/**
 * One facility's clearance as the register states it, the form with which its own party's officers record a
 * change (always with a reason; a suspension or revocation with the reference of its reasons file), and the full
 * history of changes: who, when, what and why.
 */
@Route(FacilityClearanceView.ROUTE_PREFIX + ":facilityId")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.ADMIN_ROLE})
class FacilityClearanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "facilities/";
    private static final int HISTORY_PAGE = 25;

    private final FacilityClearances clearances;
    private final FacilityRegister register;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final People people;
    private final org.gsoia.workflow.clearance.FacilityInspections inspections;
    private final String userId;
    private final Div state = new Div();
    private final Grid<ClearanceHistoryLine> history = new Grid<>();
    private FacilityEntry facility;
    private FacilityClearance current;
    private ClearanceForm form;
    /** Whether the reader may see the history and the reasons file (the facility's own party, administrators). */
    private boolean readsInternals;

    FacilityClearanceView(FacilityClearances clearances, FacilityRegister register, OrganisationDirectory organisations,
                          DualMarkingFormatter marking, Agreements agreements, People people,
                          org.gsoia.workflow.clearance.FacilityInspections inspections, CurrentUser currentUser) {
        this.inspections = inspections;
        this.clearances = clearances;
        this.register = register;
        this.organisations = organisations;
        this.marking = marking;
        this.agreements = agreements;
        this.people = people;
        this.userId = currentUser.userId().orElseThrow();
        addClassName("gsoia-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String facilityId = event.getRouteParameters().get("facilityId").orElse("");
        facility = register.find(facilityId).orElse(null);
        current = clearances.clearance(facilityId, userId).orElse(null);
        if (facility == null || current == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        readsInternals = clearances.mayReadInternals(userId, facility.id());
        Locale locale = getLocale();
        Anchor back = new Anchor("facilities", getTranslation("clearance.backToRegister"));
        back.setId("back-to-register");
        Paragraph owner = new Paragraph(organisations.displayName(facility.organisationId(), locale) + " · "
                + facility.city() + " · " + organisations.partyName(facility.partyCode(), locale));
        owner.addClassName("gsoia-lead");
        add(back, new H2(facility.displayName(locale)), owner, section("clearance.current"), state);
        showState();
        if (clearances.mayMaintain(userId, facility.id())) {
            form = new ClearanceForm();
            add(section("clearance.change"), form);
        } else {
            Paragraph readOnly = new Paragraph(readOnlyText());
            readOnly.setId("clearance-read-only");
            readOnly.addClassName("gsoia-lead");
            add(readOnly);
        }
        if (InspectionsSection.shows(inspections, facility.id(), userId)) {
            add(new InspectionsSection(inspections, facility.id(), userId, locale));
        }
        if (readsInternals) {
            add(section("clearance.history"), history());
        }
    }

    /** Who records changes of this clearance: the party's issuing authority, by name. */
    private String readOnlyText() {
        String issuers = clearances.issuingAuthoritiesOf(facility.partyCode()).stream()
                .map(authority -> authority.displayName(getLocale())).collect(Collectors.joining(", "));
        return getTranslation("clearance.readOnly", organisations.partyName(facility.partyCode(), getLocale()),
                issuers);
    }

    private H3 section(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("gsoia-section-title");
        return title;
    }

    private void showState() {
        state.removeAll();
        state.setId("clearance-state");
        state.addClassName("gsoia-facts");
        Div status = new Div(label("clearance.status"), register.badge(facility, this, getLocale()));
        state.add(status);
        fact("clearance.level", level(current.levelId()));
        fact("clearance.storageLevel", current.storageLevelId() == null ? getTranslation("clearance.noStorage")
                : level(current.storageLevelId()));
        fact("clearance.expiresOn", date(current));
        fact("clearance.issuingAuthority", authority(current.issuingAuthorityId()));
        fact("clearance.securityOfficer", orDash(current.securityOfficer()));
        fact("clearance.deputySecurityOfficer", orDash(current.deputySecurityOfficer()));
        if (readsInternals) {
            fact("clearance.reasonsReference", orDash(current.reasonsReference()));
        }
        Component restrictions = current.restrictions() == null
                ? new Span(getTranslation("clearance.noRestrictions"))
                : WrittenText.component(current.restrictions(), current.textLanguage(), getLocale(), this);
        restrictions.addClassName("gsoia-multiline");
        state.add(new Div(label("clearance.restrictions"), restrictions));
    }

    private void fact(String labelKey, String value) {
        Span text = new Span(value);
        text.addClassName("gsoia-multiline");
        state.add(new Div(label(labelKey), text));
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("label");
        return label;
    }

    private String date(FacilityClearance clearance) {
        return clearance.expiresOn() == null ? "–" : Dates.format(clearance.expiresOn(), getLocale());
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }

    /** A level of the facility's party, in dual marking towards the other party. */
    private String level(String levelId) {
        return levelId == null ? getTranslation("facility.noLevel")
                : marking.format(agreements.currentId(), levelId, agreements.otherParty(facility.partyCode()),
                        getLocale());
    }

    private String authority(String organisationId) {
        return organisationId == null ? "–" : organisations.displayName(organisationId, getLocale());
    }

    private Grid<ClearanceHistoryLine> history() {
        if (!history.getColumns().isEmpty()) {
            // the view may be shown again for another facility: its columns stay, its rows follow the facility
            history.getDataProvider().refreshAll();
            return history;
        }
        history.setId("clearance-history");
        history.addClassName("gsoia-grid");
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.addColumn(line -> Dates.formatDateTime(line.changedAt().toInstant(), people.zoneOf(userId), getLocale()))
                .setHeader(getTranslation("clearance.history.when")).setFlexGrow(1);
        history.addColumn(line -> ClearanceHistoryEntry.SYSTEM.equals(line.changedBy())
                        ? getTranslation("clearance.history.system")
                        : people.nameAndOrganisation(line.changedBy(), getLocale()))
                .setHeader(getTranslation("clearance.history.who")).setFlexGrow(2);
        history.addColumn(this::whatChanged).setHeader(getTranslation("clearance.history.what")).setFlexGrow(4);
        history.addColumn(line -> line.isFirst() && ClearanceHistoryEntry.SYSTEM.equals(line.changedBy())
                        ? getTranslation("clearance.history.takenOver")
                        : WrittenText.plain(line.after().reason(), line.textLanguage(), getLocale(), this))
                .setHeader(getTranslation("clearance.history.why")).setFlexGrow(3);
        history.setItems(query -> clearances.history(facility.id(), userId, query.getPage(), query.getPageSize())
                .stream());
        history.setPageSize(HISTORY_PAGE);
        history.setEmptyStateText(getTranslation("clearance.history.empty"));
        return history;
    }

    /** "Status: Valid → Suspended; Reasons file: – → BMWE-GS-2026-0417"; the first line states everything. */
    private String whatChanged(ClearanceHistoryLine line) {
        List<ClearanceField> fields = line.isFirst() ? Arrays.asList(ClearanceField.values()) : line.changed();
        return fields.stream().filter(field -> !line.isFirst() || field.valueIn(line.after()) != null)
                .map(field -> getTranslation("clearance.field." + field.name()) + ": "
                        + (line.isFirst() ? "" : value(field, line.before()) + " → ") + value(field, line.after()))
                .collect(Collectors.joining("; "));
    }

    private String value(ClearanceField field, ClearanceChange state) {
        Object value = field.valueIn(state);
        if (value == null && field == ClearanceField.STATUS) {
            return getTranslation("fsc.status.NONE");
        } else if (value == null) {
            return "–";
        }
        return switch (field) {
            case STATUS -> getTranslation("fsc.status." + ((FscStatus) value).name());
            case LEVEL, STORAGE_LEVEL -> level((String) value);
            case EXPIRES_ON -> Dates.format((java.time.LocalDate) value, getLocale());
            case ISSUING_AUTHORITY -> authority((String) value);
            default -> value.toString();
        };
    }

    @Override
    public String getPageTitle() {
        return (facility == null ? getTranslation("nav.facilities") : facility.displayName(getLocale())) + " – "
                + getTranslation("app.name");
    }

    /** The form for a change: it starts from the register's state and names every problem next to its field. */
    private final class ClearanceForm extends VerticalLayout {

        private final Select<FscStatus> status = new Select<>();
        private final Select<String> level = new Select<>();
        private final Select<String> storageLevel = new Select<>();
        private final DatePicker expiresOn = new DatePicker();
        private final Select<String> issuingAuthority = new Select<>();
        private final TextField securityOfficer = new TextField();
        private final TextField deputySecurityOfficer = new TextField();
        private final TextField reasonsReference = new TextField();
        private final TextArea restrictions = new TextArea();
        private final TextArea reason = new TextArea();
        private final Paragraph formProblems = new Paragraph();
        private final FieldProblemDisplay problems;
        private long readVersion;

        ClearanceForm() {
            setPadding(false);
            setId("clearance-form");
            problems = new FieldProblemDisplay(FacilityClearanceView.this, getLocale());
            String party = facility.partyCode();
            List<String> levelIds = new ArrayList<>();
            levelIds.add("");
            clearances.levelsOf(party).stream().map(ClassificationLevel::getId).forEach(levelIds::add);

            status.setLabel(getTranslation("clearance.status"));
            status.setItems(FscStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("fsc.status." + s.name()));
            level.setLabel(getTranslation("clearance.level"));
            level.setItems(levelIds);
            level.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("facility.noLevel") : level(id));
            storageLevel.setLabel(getTranslation("clearance.storageLevel"));
            storageLevel.setItems(levelIds);
            storageLevel.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("clearance.noStorage") : level(id));
            expiresOn.setLabel(getTranslation("clearance.expiresOn"));
            DateFields.localize(expiresOn, getLocale(), FacilityClearanceView.this);
            List<String> authorityIds = clearances.issuingAuthoritiesOf(party).stream().map(OrganisationSummary::id)
                    .toList();
            issuingAuthority.setLabel(getTranslation("clearance.issuingAuthority"));
            issuingAuthority.setItems(authorityIds);
            issuingAuthority.setItemLabelGenerator(FacilityClearanceView.this::authority);
            securityOfficer.setLabel(getTranslation("clearance.securityOfficer"));
            securityOfficer.setMaxLength(FacilityClearances.MAX_NAME);
            deputySecurityOfficer.setLabel(getTranslation("clearance.deputySecurityOfficer"));
            deputySecurityOfficer.setMaxLength(FacilityClearances.MAX_NAME);
            reasonsReference.setLabel(getTranslation("clearance.reasonsReference"));
            reasonsReference.setHelperText(getTranslation("clearance.reasonsReference.help"));
            reasonsReference.setMaxLength(FacilityClearances.MAX_REASONS_REFERENCE);
            restrictions.setLabel(getTranslation("clearance.restrictions"));
            restrictions.setMaxLength(FacilityClearances.MAX_RESTRICTIONS);
            reason.setLabel(getTranslation("clearance.reason"));
            reason.setHelperText(getTranslation("clearance.reason.help"));
            reason.setMaxLength(FacilityClearances.MAX_REASON);
            reason.setRequiredIndicatorVisible(true);
            problems.register("status", status);
            problems.register("level", level);
            problems.register("storageLevel", storageLevel);
            problems.register("expiresOn", expiresOn);
            problems.register("issuingAuthority", issuingAuthority);
            problems.register("securityOfficer", securityOfficer);
            problems.register("deputySecurityOfficer", deputySecurityOfficer);
            problems.register("reasonsReference", reasonsReference);
            problems.register("restrictions", restrictions);
            problems.register("reason", reason);

            // the server checks every field and says what is wrong (FieldProblemDisplay), so the fields keep quiet
            List.of(status, level, storageLevel, issuingAuthority).forEach(field -> field.setManualValidation(true));
            List.of(securityOfficer, deputySecurityOfficer, reasonsReference).forEach(f -> f.setManualValidation(true));
            List.of(restrictions, reason).forEach(field -> field.setManualValidation(true));
            expiresOn.setManualValidation(true);

            // levels in dual marking are long: each gets the form's whole width, so that none is cut off
            FormLayout fields = new FormLayout(status, expiresOn, level, storageLevel, issuingAuthority,
                    reasonsReference, securityOfficer, deputySecurityOfficer, restrictions, reason);
            fields.setColspan(level, 2);
            fields.setColspan(storageLevel, 2);
            fields.setColspan(restrictions, 2);
            fields.setColspan(reason, 2);
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
            formProblems.setId("clearance-form-problems");
            formProblems.addClassName("gsoia-problem-summary");
            formProblems.setVisible(false);
            Button save = new Button(getTranslation("clearance.save"), e -> save());
            save.setId("clearance-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(fields, formProblems, save);
            fill(current);
        }

        /** What the form was filled with: a field still holding it was not edited by the officer. */
        private ClearanceChange filledWith;

        /** Fills the form with the clearance, as the base of the next change (whose reason starts empty). */
        private void fill(FacilityClearance clearance) {
            filledWith = clearance.asChangeForForm();
            readVersion = clearance.version();
            show(filledWith);
        }

        private void show(ClearanceChange values) {
            status.setValue(values.status());
            level.setValue(Objects.requireNonNullElse(values.levelId(), ""));
            storageLevel.setValue(Objects.requireNonNullElse(values.storageLevelId(), ""));
            expiresOn.setValue(values.expiresOn());
            issuingAuthority.setValue(values.issuingAuthorityId());
            securityOfficer.setValue(Objects.requireNonNullElse(values.securityOfficer(), ""));
            deputySecurityOfficer.setValue(Objects.requireNonNullElse(values.deputySecurityOfficer(), ""));
            reasonsReference.setValue(Objects.requireNonNullElse(values.reasonsReference(), ""));
            restrictions.setValue(Objects.requireNonNullElse(values.restrictions(), ""));
            reason.setValue(Objects.requireNonNullElse(values.reason(), ""));
        }

        private void save() {
            ClearanceChange change = new ClearanceChange(status.getValue(), level.getValue(),
                    storageLevel.getValue(), expiresOn.getValue(), restrictions.getValue(),
                    issuingAuthority.getValue(), securityOfficer.getValue(), deputySecurityOfficer.getValue(),
                    reasonsReference.getValue(), reason.getValue());
            formProblems.setVisible(false);
            try {
                current = clearances.change(facility.id(), userId, readVersion, change);
                facility = register.find(facility.id()).orElseThrow();
                problems.clear();
                fill(current);
                showState();
                history.getDataProvider().refreshAll();
                Notification.show(getTranslation("clearance.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ClearanceChangeRefusedException refused) {
                List<String> unplaced = problems.show(refused.problems());
                formProblems.setText(String.join(" ", unplaced));
                formProblems.setVisible(!unplaced.isEmpty());
            } catch (ClearanceChangedMeanwhileException meanwhile) {
                // the register's new state is shown above and the next save is based on it. The officer's own
                // edits stay; every field the officer did not touch takes the colleague's value, so that saving
                // again overwrites nothing unseen
                ClearanceChange read = filledWith;
                current = clearances.clearance(facility.id(), userId).orElseThrow();
                facility = register.find(facility.id()).orElseThrow();
                fill(current);
                show(change.rebasedOnto(read, current.asChangeForForm()));
                showState();
                history.getDataProvider().refreshAll();
                formProblems.setText(getTranslation("clearance.changedMeanwhile"));
                formProblems.setVisible(true);
            } catch (org.springframework.security.access.AccessDeniedException lost) {
                // the officer's authority no longer keeps this register (e.g. its designation ended meanwhile)
                formProblems.setText(readOnlyText());
                formProblems.setVisible(true);
            }
        }
    }
}

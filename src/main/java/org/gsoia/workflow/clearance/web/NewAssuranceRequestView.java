package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.clearance.AssuranceReason;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRequestData;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.FieldProblemDisplay;
import org.gsoia.workflow.web.FieldWidths;

/**
 * The requesting authority asks the other party's authority whether a company under its supervision holds a
 * facility security clearance (R-FC-01), and may ask it to clear the company if it holds none (sponsorship).
 * Levels are the requesting party's, shown with their equivalents.
 */
@Route(AssuranceDisplay.LIST_ROUTE + "/new")
@RolesAllowed(Role.AUTHORITY_ROLE)
class NewAssuranceRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssuranceRequests requests;
    private final AssuranceDisplay display;
    private final String userId;
    private final ComboBox<FacilityEntry> facility = new ComboBox<>();
    private final TextField contractingEntity = new TextField();
    private final Select<AssuranceReason> reason = new Select<>();
    private final Select<ClassificationLevel> requiredLevel = new Select<>();
    private final Checkbox storage = new Checkbox();
    private final Select<ClassificationLevel> storageLevel = new Select<>();
    private final TextField contractReference = new TextField();
    private final Checkbox urgent = new Checkbox();
    private final Checkbox sponsorship = new Checkbox();

    NewAssuranceRequestView(AssuranceRequests requests, AssuranceDisplay display, CurrentUser currentUser) {
        this.requests = requests;
        this.display = display;
        this.userId = currentUser.userId().orElseThrow();
        addClassName("gsoia-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (requests.securityAuthorityOf(userId).isEmpty()) {
            event.forwardTo(AssuranceRequestsView.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        String party = requests.securityAuthorityOf(userId).orElseThrow().partyCode();
        Anchor back = new Anchor(AssuranceDisplay.LIST_ROUTE, getTranslation("assurance.backToList"));
        Paragraph lead = new Paragraph(getTranslation("assurance.new.lead"));
        lead.addClassName("gsoia-lead");
        add(back, new H2(getTranslation("assurance.new.title")), lead);

        List<FacilityEntry> facilities = requests.facilitiesToAskAbout(userId);
        facility.setId("assurance-facility");
        facility.setLabel(getTranslation("assurance.facility"));
        facility.setItems(facilities);
        facility.setItemLabelGenerator(f -> display.facilityWithOwner(f.id(), locale));
        facility.setRequiredIndicatorVisible(true);
        facility.setWidthFull();
        contractingEntity.setId("assurance-contracting-entity");
        contractingEntity.setLabel(getTranslation("assurance.contractingEntity"));
        contractingEntity.setHelperText(getTranslation("assurance.contractingEntity.help"));
        contractingEntity.setRequiredIndicatorVisible(true);
        contractingEntity.setMaxLength(200);
        reason.setId("assurance-reason");
        reason.setLabel(getTranslation("assurance.reason"));
        reason.setItems(AssuranceReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("assurance.reason." + r.name()));
        reason.setPlaceholder(getTranslation("validation.choose"));
        reason.setRequiredIndicatorVisible(true);
        FieldWidths.fit(reason, Arrays.stream(AssuranceReason.values())
                .map(r -> getTranslation("assurance.reason." + r.name())).toList());
        List<ClassificationLevel> levels = requests.levelsFor(userId);
        requiredLevel.setId("assurance-required-level");
        requiredLevel.setLabel(getTranslation("assurance.requiredLevel"));
        requiredLevel.setItems(levels);
        requiredLevel.setItemLabelGenerator(l -> display.level(l.getId(), party, locale));
        requiredLevel.setPlaceholder(getTranslation("validation.choose"));
        requiredLevel.setRequiredIndicatorVisible(true);
        requiredLevel.setWidthFull();
        storage.setId("assurance-storage");
        storage.setLabel(getTranslation("assurance.storageNeeded"));
        storageLevel.setId("assurance-storage-level");
        storageLevel.setLabel(getTranslation("assurance.storageLevel"));
        storageLevel.setItems(levels);
        storageLevel.setItemLabelGenerator(l -> display.level(l.getId(), party, locale));
        storageLevel.setPlaceholder(getTranslation("validation.choose"));
        storageLevel.setWidthFull();
        storageLevel.setVisible(false);
        storage.addValueChangeListener(e -> storageLevel.setVisible(e.getValue()));
        contractReference.setId("assurance-contract-reference");
        contractReference.setLabel(getTranslation("assurance.contractReference"));
        contractReference.setHelperText(getTranslation("assurance.contractReference.help"));
        contractReference.setMaxLength(100);
        urgent.setId("assurance-urgent");
        urgent.setLabel(getTranslation("assurance.urgent"));
        sponsorship.setId("assurance-sponsorship");
        sponsorship.setLabel(getTranslation("assurance.sponsorshipRequested"));
        sponsorship.setHelperText(getTranslation("assurance.sponsorshipRequested.help"));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(facility, 2);
        form.add(contractingEntity, reason, requiredLevel, contractReference, storage, storageLevel);
        form.add(urgent, 2);
        form.add(sponsorship, 2);
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("facilityId", facility);
        problems.register("contractingEntity", contractingEntity);
        problems.register("reason", reason);
        problems.register("requiredLevelId", requiredLevel);
        problems.register("storageLevelId", storageLevel);
        problems.register("contractReference", contractReference);

        Button file = TaskCard.primary(getTranslation("assurance.new.file"));
        file.setId("file-assurance-request");
        file.addClickListener(e -> {
            if (storage.getValue() && storageLevel.getValue() == null) {
                problems.clear();
                storageLevel.setErrorMessage(getTranslation("validation.required"));
                storageLevel.setInvalid(true);
                return;
            }
            AssuranceRequestData data = new AssuranceRequestData(
                    facility.getValue() == null ? null : facility.getValue().id(), contractingEntity.getValue(),
                    reason.getValue(), id(requiredLevel.getValue()),
                    storage.getValue() ? id(storageLevel.getValue()) : null, contractReference.getValue(),
                    urgent.getValue(), sponsorship.getValue());
            try {
                AssuranceRequest filed = requests.file(data, userId);
                Notification.show(getTranslation("assurance.new.filed", filed.getReference()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(AssuranceDisplay.page(filed.getReference())));
            } catch (InvalidAssuranceRequestException invalid) {
                List<String> unshown = problems.show(invalid.problems());
                if (!unshown.isEmpty()) {
                    Notification.show(String.join(" ", unshown), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        add(form, file);
    }

    private static String id(ClassificationLevel level) {
        return level == null ? null : level.getId();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assurance.new.title");
    }

}

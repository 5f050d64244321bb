package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.clearance.ClassifiedContract;
import org.gsoia.workflow.clearance.ClassifiedContractData;
import org.gsoia.workflow.clearance.ClassifiedContracts;
import org.gsoia.workflow.clearance.ContractProcedure;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * Records a classified contract of the officer's party (R-FC-05): who awards it to which contractor, its highest
 * level, the security requirements clause and the SAL or classification guide. Items and staff follow on its page.
 */
@Route("contracts/new")
@RolesAllowed(Role.AUTHORITY_ROLE)
class NewContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassifiedContracts contracts;
    private final FacilityRegister facilities;
    private final AssuranceDisplay display;
    private final String userId;

    NewContractView(ClassifiedContracts contracts, FacilityRegister facilities, AssuranceDisplay display,
                    CurrentUser currentUser) {
        this.contracts = contracts;
        this.facilities = facilities;
        this.display = display;
        this.userId = currentUser.userId().orElseThrow();
        addClassName("gsoia-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (contracts.recordingPartyOf(userId).isEmpty()) {
            event.forwardTo(ContractsView.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        String party = contracts.recordingPartyOf(userId).orElseThrow();
        Paragraph lead = new Paragraph(getTranslation("contract.new.lead"));
        lead.addClassName("gsoia-lead");
        add(new Anchor("contracts", getTranslation("contract.backToList")), new H2(getTranslation("contract.new")),
                lead);
        TextField contractingEntity = line("contract-contracting-entity", "contract.contractingEntity", 200);
        contractingEntity.setHelperText(getTranslation("contract.contractingEntity.help"));
        TextField number = line("contract-number", "contract.number", 100);
        TextField subject = line("contract-subject", "contract.subject", 300);
        subject.setHelperText(getTranslation("contract.subject.help"));
        ComboBox<FacilityEntry> contractor = facilityChooser(facilities, display, "contract-contractor",
                getTranslation("contract.contractor"), locale);
        Select<ClassificationLevel> level = new Select<>();
        level.setId("contract-highest-level");
        level.setLabel(getTranslation("contract.highestLevel"));
        List<ClassificationLevel> levels = contracts.levelsFor(userId);
        level.setItems(levels);
        level.setItemLabelGenerator(l -> display.level(l.getId(), party, locale));
        level.setPlaceholder(getTranslation("validation.choose"));
        level.setRequiredIndicatorVisible(true);
        level.setWidthFull();
        TextField guide = line("contract-guide", "contract.guideReference", 200);
        guide.setHelperText(getTranslation("contract.guideReference.help"));
        TextArea clause = new TextArea(getTranslation("contract.securityClause"));
        clause.setId("contract-security-clause");
        clause.setHelperText(getTranslation("contract.securityClause.help"));
        clause.setRequiredIndicatorVisible(true);
        clause.setMaxLength(4000);
        clause.setWidthFull();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(contractingEntity, number);
        form.add(subject, 2);
        form.add(contractor, 2);
        form.add(level, guide);
        form.add(clause, 2);
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("contractingEntity", contractingEntity);
        problems.register("contractNumber", number);
        problems.register("subject", subject);
        problems.register("contractorFacility", contractor);
        problems.register("highestLevel", level);
        problems.register("guideReference", guide);
        problems.register("securityClause", clause);
        Button save = TaskCard.primary(getTranslation("contract.new.record"));
        save.setId("record-contract");
        save.addClickListener(e -> {
            ClassifiedContractData data = new ClassifiedContractData(contractingEntity.getValue(), number.getValue(),
                    subject.getValue(), contractor.getValue() == null ? null : contractor.getValue().id(),
                    level.getValue() == null ? null : level.getValue().getId(), clause.getValue(), guide.getValue());
            try {
                ClassifiedContract recorded = contracts.record(data, userId);
                Notification.show(getTranslation("contract.new.recorded", recorded.getReference()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ContractProcedure.DESCRIPTION.page(recorded.getReference())));
            } catch (InvalidAssuranceRequestException invalid) {
                List<String> unshown = problems.show(invalid.problems());
                if (!unshown.isEmpty()) {
                    Notification.show(String.join(" ", unshown), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        add(form, save);
    }

    private TextField line(String id, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    /**
     * A facility of either party, found by typing part of its name, English name, romanisation or city: the register
     * holds tens of thousands, so it pages in the database as the user types.
     */
    static ComboBox<FacilityEntry> facilityChooser(FacilityRegister facilities, AssuranceDisplay display, String id,
                                                   String label, Locale locale) {
        ComboBox<FacilityEntry> chooser = new ComboBox<>(label);
        chooser.setId(id);
        chooser.setItems(query -> facilities.page(null, query.getFilter().orElse(""), locale,
                FacilityRegister.Order.FACILITY, false, query.getOffset(), query.getLimit()).stream());
        chooser.setItemLabelGenerator(f -> display.facilityWithOwner(f.id(), locale));
        chooser.setRequiredIndicatorVisible(true);
        chooser.setWidthFull();
        return chooser;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.new");
    }
}

package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.gsoia.workflow.clearance.FacilityInspection;
import org.gsoia.workflow.clearance.FacilityInspections;
import org.gsoia.workflow.clearance.InspectionProcedure;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * A facility's inspections on its register page (R-FC-07): each with its kind, due date, status and outcome, and,
 * for its party's designated security authority, a form to plan the next one.
 */
class InspectionsSection extends VerticalLayout {

    InspectionsSection(FacilityInspections inspections, String facilityId, String userId, Locale locale) {
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)");
        setId("inspections");
        H3 title = new H3(getTranslation("inspection.list"));
        title.getStyle().set("margin-top", "var(--lumo-space-l)");
        Span lead = new Span(getTranslation("inspection.list.lead"));
        lead.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, lead);
        Grid<FacilityInspection> grid = new Grid<>();
        grid.setId("inspection-list");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(i -> new Anchor(InspectionProcedure.DESCRIPTION.page(i.getReference()),
                i.getReference())).setHeader(getTranslation("inspection.reference")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> getTranslation("inspection.kind." + i.getKind().name()))
                .setHeader(getTranslation("inspection.kind")).setFlexGrow(1);
        grid.addColumn(i -> AssuranceDisplay.date(i.getDueOn(), locale)).setHeader(getTranslation("inspection.dueOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation("inspection.status." + i.getStatus().name())
                        + (i.getOutcome() == null ? "" : " · " + getTranslation("inspection.outcome."
                        + i.getOutcome().name())))
                .setHeader(getTranslation("inspection.status")).setFlexGrow(2);
        grid.setItems(inspections.ofFacility(facilityId, userId));
        grid.setEmptyStateText(getTranslation("inspection.list.empty"));
        add(grid);
        if (inspections.mayInspect(userId, facilityId)) {
            Select<FacilityInspection.Kind> kind = new Select<>();
            kind.setId("inspection-kind");
            kind.setLabel(getTranslation("inspection.kind"));
            kind.setItems(FacilityInspection.Kind.values());
            kind.setItemLabelGenerator(k -> getTranslation("inspection.kind." + k.name()));
            kind.setPlaceholder(getTranslation("validation.choose"));
            DatePicker due = DateFields.localize(new DatePicker(getTranslation("inspection.dueOn")), locale, this);
            due.setId("inspection-due");
            FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
            problems.register("kind", kind);
            problems.register("dueOn", due);
            Button plan = new Button(getTranslation("inspection.plan"), e -> {
                try {
                    FacilityInspection planned = inspections.plan(facilityId, kind.getValue(), due.getValue(),
                            userId);
                    Notification.show(getTranslation("inspection.planned", planned.getReference()), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    grid.setItems(inspections.ofFacility(facilityId, userId));
                    kind.clear();
                    due.clear();
                    problems.clear();
                } catch (InvalidAssuranceRequestException invalid) {
                    problems.show(invalid.problems());
                }
            });
            plan.setId("plan-inspection");
            FlexLayout row = new FlexLayout(kind, due, plan);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            add(row);
        }
    }

    /** Whether the section has anything for the user: their inspections or the right to plan one. */
    static boolean shows(FacilityInspections inspections, String facilityId, String userId) {
        return inspections.mayInspect(userId, facilityId) || !inspections.ofFacility(facilityId, userId).isEmpty();
    }
}

package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.clearance.AssuranceRequestChangedException;
import org.gsoia.workflow.clearance.FacilityInspection;
import org.gsoia.workflow.clearance.FacilityInspections;
import org.gsoia.workflow.clearance.InspectionFinding;
import org.gsoia.workflow.clearance.InspectionFindingData;
import org.gsoia.workflow.clearance.InspectionTasks;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.clearance.process.InspectionProcess;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.FieldProblemDisplay;
import org.gsoia.workflow.web.WrittenText;
import org.gsoia.workflow.web.Facts;
import org.gsoia.workflow.web.Feedback;

/**
 * A security inspection of a facility (R-FC-07): what is planned, the findings with their corrective actions (owner,
 * due date, done), and the authority's task at hand: record the result, or confirm the actions done. The facility's
 * people read it, and see which actions they owe.
 */
@Route("inspections/:reference")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE})
class InspectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FacilityInspections inspections;
    private final InspectionTasks tasks;
    private final AssuranceDisplay display;
    private final People people;
    private final String userId;
    private String reference = "";
    private boolean fromInbox;

    InspectionView(FacilityInspections inspections, InspectionTasks tasks, AssuranceDisplay display, People people,
                   CurrentUser currentUser) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.display = display;
        this.people = people;
        this.userId = currentUser.userId().orElseThrow();
        addClassName("gsoia-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        fromInbox = event.getLocation().getQueryParameters().getSingleParameter("from").filter("inbox"::equals)
                .isPresent();
        FacilityInspection inspection = inspections.find(reference, userId).orElse(null);
        if (inspection == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(inspection);
    }

    private void reload() {
        inspections.find(reference, userId).ifPresent(this::render);
    }

    private void render(FacilityInspection inspection) {
        removeAll();
        Locale locale = getLocale();
        Span status = new Span(getTranslation("inspection.status." + inspection.getStatus().name()));
        status.setId("inspection-status");
        status.getElement().getThemeList().add(switch (inspection.getStatus()) {
            case DONE -> "badge success";
            case CANCELLED -> "badge contrast";
            default -> "badge";
        });
        HorizontalLayout title = new HorizontalLayout(new H2(inspection.getReference()), status,
                new Anchor("cases/" + inspection.getReference(), getTranslation("casefile.link")));
        title.setAlignItems(Alignment.CENTER);
        add(new Anchor("facilities/" + inspection.getFacilityId(), display.facility(inspection.getFacilityId(),
                locale)), title);
        Optional<InboxRow> task = tasks.openTasksOf(inspection.getReference(), userId).stream().findFirst();
        task.ifPresent(t -> add(taskCard(inspection, t, locale)));
        add(facts(inspection, locale));
        boolean inspecting = task.filter(t -> t.taskKey().equals(InspectionProcess.CARRY_OUT)).isPresent();
        boolean followingUp = task.filter(t -> t.taskKey().equals(InspectionProcess.FOLLOW_UP)).isPresent();
        add(findings(inspection, followingUp, locale));
        if (inspecting) {
            add(findingForm(inspection, locale));
        }
        if (inspection.getStatus() == FacilityInspection.Status.PLANNED
                && inspections.mayInspect(userId, inspection.getFacilityId())) {
            add(callOff(inspection, locale));
        }
    }

    private Component callOff(FacilityInspection inspection, Locale locale) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("inspection.cancel")));
        section.setPadding(false);
        section.setSpacing(false);
        TextArea reason = new TextArea(getTranslation("inspection.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("cancelReason", reason);
        Button cancel = new Button(getTranslation("inspection.cancel.action"), e -> change(() -> inspections.cancel(
                reference, inspection.getVersion(), reason.getValue(), userId), problems));
        cancel.setId("cancel-inspection");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(reason, cancel);
        return section;
    }

    private Facts facts(FacilityInspection i, Locale locale) {
        Facts facts = new Facts();
        facts.setId("inspection-facts");
        facts.fact("inspection.facility", display.facilityWithOwner(i.getFacilityId(), locale));
        facts.fact("inspection.kind", getTranslation("inspection.kind." + i.getKind().name()));
        facts.fact("inspection.dueOn", AssuranceDisplay.date(i.getDueOn(), locale));
        facts.fact("inspection.authority", display.authority(i.getAuthorityId(), locale));
        if (i.getStatus() == FacilityInspection.Status.CANCELLED) {
            facts.fact("inspection.cancelled", AssuranceDisplay.date(i.getCancelledAt().toLocalDate(), locale) + " · "
                    + people.nameAndOrganisation(i.getCancelledBy(), locale) + ": "
                    + WrittenText.plain(i.getCancelReason(), i.getTextLanguage(), locale, this));
        }
        if (i.getOutcome() != null) {
            facts.fact("inspection.inspectedOn", AssuranceDisplay.date(i.getInspectedOn(), locale) + " · "
                    + i.getInspector());
            facts.fact("inspection.outcome", getTranslation("inspection.outcome." + i.getOutcome().name()));
            if (i.getSummary() != null) {
                facts.fact("inspection.summary", WrittenText.plain(i.getSummary(), i.getTextLanguage(), locale,
                        this));
            }
        }
        return facts;
    }

    private Component findings(FacilityInspection inspection, boolean followingUp, Locale locale) {
        LocalDate today = inspections.today(inspection.getPartyCode());
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("inspection.findings")));
        section.setPadding(false);
        section.setSpacing(false);
        Grid<InspectionFinding> grid = new Grid<>();
        grid.setId("inspection-findings");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> getTranslation("inspection.severity." + f.getSeverity().name()) + ": "
                + WrittenText.plain(f.getDescription(), f.getTextLanguage(), locale, this))
                .setHeader(getTranslation("inspection.finding")).setFlexGrow(3);
        grid.addColumn(f -> WrittenText.plain(f.getCorrectiveAction(), f.getTextLanguage(), locale, this))
                .setHeader(getTranslation("inspection.action")).setFlexGrow(3);
        grid.addColumn(InspectionFinding::getActionOwner).setHeader(getTranslation("inspection.owner"))
                .setFlexGrow(1);
        grid.addComponentColumn(f -> {
            Span state;
            if (f.isDone()) {
                state = new Span(getTranslation("inspection.doneOn", AssuranceDisplay.date(f.getDoneOn(), locale))
                        + (f.getDoneNote() == null ? "" : ": " + f.getDoneNote()));
                state.getElement().getThemeList().add("badge success");
            } else {
                state = new Span(getTranslation("inspection.dueBy", AssuranceDisplay.date(f.getActionDueOn(),
                        locale)));
                state.getElement().getThemeList().add(f.isOverdue(today) ? "badge error" : "badge");
            }
            return state;
        }).setHeader(getTranslation("inspection.actionState")).setKey("state").setFlexGrow(1);
        if (followingUp) {
            grid.addComponentColumn(f -> {
                if (f.isDone()) {
                    return new Span();
                }
                Button done = new Button(getTranslation("inspection.markDone"));
                done.setId("action-done-" + f.getId());
                done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                done.addClickListener(e -> change(() -> inspections.markActionDone(reference, f.getId(),
                        inspection.getVersion(), null, userId), null));
                return done;
            }).setKey("done").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(inspection.getFindings());
        grid.setEmptyStateText(getTranslation("inspection.findings.empty"));
        section.add(grid);
        return section;
    }

    private Component findingForm(FacilityInspection inspection, Locale locale) {
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("inspection.addFinding")));
        form.setPadding(false);
        form.setSpacing(false);
        TextArea description = new TextArea(getTranslation("inspection.finding"));
        description.setId("finding-description");
        description.setMaxLength(2000);
        description.setWidthFull();
        Select<InspectionFinding.Severity> severity = new Select<>();
        severity.setId("finding-severity");
        severity.setLabel(getTranslation("inspection.severity"));
        severity.setItems(InspectionFinding.Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("inspection.severity." + s.name()));
        severity.setPlaceholder(getTranslation("validation.choose"));
        TextArea action = new TextArea(getTranslation("inspection.action"));
        action.setId("finding-action");
        action.setMaxLength(2000);
        action.setWidthFull();
        TextField owner = new TextField(getTranslation("inspection.owner"));
        owner.setId("finding-owner");
        owner.setHelperText(getTranslation("inspection.owner.help"));
        owner.setMaxLength(200);
        DatePicker due = DateFields.localize(new DatePicker(getTranslation("inspection.actionDueOn")), locale, this);
        due.setId("finding-due");
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("description", description);
        problems.register("severity", severity);
        problems.register("action", action);
        problems.register("owner", owner);
        problems.register("actionDueOn", due);
        Button add = new Button(getTranslation("inspection.addFinding"), e -> change(() -> inspections.addFinding(
                reference, inspection.getVersion(), new InspectionFindingData(description.getValue(),
                        severity.getValue(), action.getValue(), owner.getValue(), due.getValue()), userId), problems));
        add.setId("add-finding");
        FlexLayout row = new FlexLayout(severity, owner, due);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        form.add(description, action, row, add);
        return form;
    }

    private TaskCard taskCard(FacilityInspection inspection, InboxRow task, Locale locale) {
        TaskCard card = new TaskCard("clearance.task." + task.taskKey(), "clearance.task.help." + task.taskKey());
        card.setId("task-panel");
        card.showSituation(tasks.situation(task, locale), people.zoneOf(userId));
        Button complete = card.completeButton();
        if (task.taskKey().equals(InspectionProcess.CARRY_OUT)) {
            DatePicker inspectedOn = DateFields.localize(new DatePicker(getTranslation("inspection.inspectedOn")),
                    locale, this);
            inspectedOn.setId("inspected-on");
            TextField inspector = new TextField(getTranslation("inspection.inspector"));
            inspector.setId("inspector");
            inspector.setMaxLength(200);
            RadioButtonGroup<FacilityInspection.Outcome> outcome = new RadioButtonGroup<>(
                    getTranslation("inspection.outcome"));
            outcome.setId("inspection-outcome");
            outcome.setItems(FacilityInspection.Outcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation("inspection.outcome." + o.name()));
            TextArea summary = new TextArea(getTranslation("inspection.summary"));
            summary.setId("inspection-summary");
            summary.setHelperText(getTranslation("inspection.summary.help"));
            summary.setMaxLength(2000);
            summary.setWidthFull();
            FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
            problems.register("inspectedOn", inspectedOn);
            problems.register("inspector", inspector);
            problems.register("outcome", outcome);
            problems.register("summary", summary);
            complete.setId("task-action-record");
            complete.addClickListener(e -> finish(() -> tasks.recordResult(task.taskId(), userId,
                    inspectedOn.getValue(), inspector.getValue(), outcome.getValue(), summary.getValue()), problems));
            FlexLayout row = new FlexLayout(inspectedOn, inspector);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            card.add(row, outcome, summary, complete);
        } else {
            card.about(getTranslation("inspection.openActions"), String.valueOf(inspection.openActions()));
            complete.setId("task-action-confirm");
            complete.addClickListener(e -> finish(() -> tasks.confirmActionsDone(task.taskId(), userId), null));
            card.add(complete);
        }
        return card;
    }

    /** Completes the task at hand; refused input shows in place, a vanished task as such. */
    private void finish(Runnable completion, FieldProblemDisplay problems) {
        try {
            completion.run();
            Feedback.taskDone(this, fromInbox, this::reload);
        } catch (InvalidAssuranceRequestException invalid) {
            Feedback.problems(this, problems, invalid.problems());
        } catch (TaskActionRefusedException gone) {
            Feedback.warn(getTranslation(gone.messageKey()));
            reload();
        }
    }

    private void change(Runnable change, FieldProblemDisplay problems) {
        try {
            change.run();
            reload();
        } catch (InvalidAssuranceRequestException invalid) {
            Feedback.problems(this, problems, invalid.problems());
        } catch (AssuranceRequestChangedException changed) {
            Feedback.warn(getTranslation("inspection.changedMeanwhile"));
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return reference;
    }
}

package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceTasks;
import org.gsoia.workflow.clearance.ClearanceDecision;
import org.gsoia.workflow.clearance.FacilityClearance;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.clearance.ReplyStatus;
import org.gsoia.workflow.clearance.process.AssuranceProcess;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.procedure.ConcurrentChanges;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.FieldProblemDisplay;

/**
 * One task of an assurance request with its form: the reply from the register, the steps of the national
 * clearance, the escalation of an overdue reply and the recording of the assurance. Problems show next to their
 * fields and nothing is lost; a task a colleague completed meanwhile is reported as gone.
 */
class AssuranceTaskPanel extends TaskCard {

    private final InboxRow task;
    private final AssuranceRequest request;
    private final AssuranceTasks tasks;
    private final AssuranceDisplay display;
    private final String userId;
    private final Consumer<Boolean> outcome;
    private final FieldProblemDisplay problems;

    /**
     * @param clearance the register's clearance of the facility now (for the reply), or null
     * @param levels    the receiving party's levels (for a grant)
     * @param outcome   told whether the task was completed (true) or gone meanwhile (false)
     */
    AssuranceTaskPanel(InboxRow task, AssuranceRequest request, AssuranceTasks tasks, AssuranceDisplay display,
                       String userId, FacilityClearance clearance, List<ClassificationLevel> levels,
                       Consumer<Boolean> outcome) {
        super(AssuranceDisplay.taskLabelKey(task.taskKey()), "clearance.task.help." + task.taskKey());
        this.task = task;
        this.request = request;
        this.tasks = tasks;
        this.display = display;
        this.userId = userId;
        this.outcome = outcome;
        this.problems = new FieldProblemDisplay(this, getLocale());
        setId("task-panel");
        Locale locale = getLocale();
        about(getTranslation("assurance.facility"), display.facilityWithOwner(request.getFacilityId(), locale));
        about(getTranslation("assurance.requiredLevel"),
                display.level(request.getRequiredLevelId(), request.getRequestingParty(), locale));
        switch (task.taskKey()) {
            case AssuranceProcess.REPLY_TO_REQUEST -> reply(clearance);
            case AssuranceProcess.RECORD_COMPANY_DATA -> companyData();
            case AssuranceProcess.APPOINT_SECURITY_OFFICERS -> officers();
            case AssuranceProcess.RECORD_INITIAL_INSPECTION -> inspection();
            case AssuranceProcess.DECIDE_CLEARANCE -> decision(levels);
            case AssuranceProcess.ESCALATE_OVERDUE_REPLY -> escalation();
            case AssuranceProcess.TAKE_NOTE_OF_REPLY -> takeNote();
            default -> add(new Paragraph(getTranslation("visit.task.unknown")));
        }
    }

    private void reply(FacilityClearance clearance) {
        Locale locale = getLocale();
        ReplyStatus status = clearance == null ? ReplyStatus.NONE : ReplyStatus.of(clearance.status());
        about(getTranslation("assurance.register.status"), getTranslation("assurance.replyStatus." + status.name()));
        if (clearance != null && clearance.levelId() != null) {
            about(getTranslation("assurance.reply.level"),
                    display.level(clearance.levelId(), request.getReceivingParty(), locale));
        }
        if (clearance != null && clearance.expiresOn() != null) {
            about(getTranslation("assurance.reply.expiresOn"), AssuranceDisplay.date(clearance.expiresOn(), locale));
        }
        about(getTranslation("assurance.sponsorshipRequested"),
                getTranslation(request.isSponsorshipRequested() ? "common.yes" : "common.no"));
        boolean sponsorship = request.isSponsorshipRequested()
                && (status == ReplyStatus.NONE || status == ReplyStatus.EXPIRED);
        Paragraph next = new Paragraph(getTranslation(sponsorship ? "assurance.reply.next.sponsorship"
                : status == ReplyStatus.IN_PROCESS ? "assurance.reply.next.inProcess" : "assurance.reply.next.final"));
        next.setId("reply-next");
        Anchor register = new Anchor("facilities/" + request.getFacilityId(),
                getTranslation("assurance.reply.checkRegister"));
        register.setId("reply-open-register");
        TextArea note = area("note", "assurance.reply.note", false);
        add(next, register, note, action("reply", getTranslation("assurance.reply.send"),
                () -> tasks.reply(task.taskId(), userId, note.getValue())));
    }

    private void companyData() {
        TextArea ownership = area("foreignOwnership", "assurance.foreignOwnership", true);
        ownership.setHelperText(getTranslation("assurance.foreignOwnership.help"));
        Checkbox influence = new Checkbox(getTranslation("assurance.foreignInfluence"));
        influence.setId("task-foreign-influence");
        add(ownership, influence, action("company-data", null, () -> tasks.recordCompanyData(task.taskId(), userId,
                ownership.getValue(), influence.getValue())));
    }

    private void officers() {
        TextField officer = field("securityOfficer", "assurance.securityOfficer");
        TextField deputy = field("deputySecurityOfficer", "assurance.deputySecurityOfficer");
        FormLayout form = new FormLayout(officer, deputy);
        add(form, action("officers", null, () -> tasks.appointSecurityOfficers(task.taskId(), userId,
                officer.getValue(), deputy.getValue())));
    }

    private void inspection() {
        DatePicker date = DateFields.localize(new DatePicker(getTranslation("assurance.inspectedOn")), getLocale(), this);
        date.setId("task-inspected-on");
        date.setRequiredIndicatorVisible(true);
        problems.register("inspectedOn", date);
        RadioButtonGroup<Boolean> passed = new RadioButtonGroup<>(getTranslation("assurance.inspection.result"));
        passed.setId("task-inspection-passed");
        passed.setItems(true, false);
        passed.setItemLabelGenerator(ok -> getTranslation(ok ? "assurance.inspection.passed" : "assurance.inspection.failed"));
        TextArea findings = area("findings", "assurance.inspection.findings", false);
        findings.setHelperText(getTranslation("assurance.inspection.findings.help"));
        add(date, passed, findings, action("inspection", null, () -> {
            if (passed.getValue() == null) {
                passed.setErrorMessage(getTranslation("validation.choose"));
                passed.setInvalid(true);
                return false;
            }
            tasks.recordInitialInspection(task.taskId(), userId, date.getValue(), passed.getValue(),
                    findings.getValue());
            return true;
        }));
    }

    private void decision(List<ClassificationLevel> levels) {
        Locale locale = getLocale();
        RadioButtonGroup<ClearanceDecision> decision = new RadioButtonGroup<>(getTranslation("assurance.clearanceDecision"));
        decision.setId("task-clearance-decision");
        decision.setItems(ClearanceDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("assurance.clearanceDecision." + d.name()));
        problems.register("decision", decision);
        Select<ClassificationLevel> level = levelSelect("level", "assurance.reply.level", levels, locale);
        Select<ClassificationLevel> storage = levelSelect("storageLevel", "assurance.reply.storageLevel", levels, locale);
        storage.setEmptySelectionAllowed(true);
        storage.setEmptySelectionCaption(getTranslation("assurance.noStorage"));
        DatePicker expires = DateFields.localize(new DatePicker(getTranslation("assurance.reply.expiresOn")), locale, this);
        expires.setId("task-expires-on");
        problems.register("expiresOn", expires);
        TextField reasons = field("reasonsReference", "assurance.refusalReasonsReference");
        reasons.setRequiredIndicatorVisible(false);
        reasons.setHelperText(getTranslation("assurance.refusalReasonsReference.help"));
        FormLayout grant = new FormLayout(level, storage, expires);
        grant.setVisible(false);
        reasons.setVisible(false);
        decision.addValueChangeListener(e -> {
            grant.setVisible(e.getValue() == ClearanceDecision.GRANTED);
            reasons.setVisible(e.getValue() == ClearanceDecision.REFUSED);
        });
        add(decision, grant, reasons, action("decide", null, () -> {
            if (decision.getValue() == null) {
                decision.setErrorMessage(getTranslation("validation.choose"));
                decision.setInvalid(true);
                return false;
            }
            boolean granted = decision.getValue() == ClearanceDecision.GRANTED;
            tasks.decideClearance(task.taskId(), userId, decision.getValue(),
                    granted && level.getValue() != null ? level.getValue().getId() : null,
                    granted && storage.getValue() != null ? storage.getValue().getId() : null,
                    granted ? expires.getValue() : null, granted ? null : reasons.getValue());
            return true;
        }));
    }

    private void escalation() {
        about(getTranslation("assurance.replyDue"), AssuranceDisplay.date(request.getReplyDueOn(), getLocale()));
        TextArea note = area("note", "assurance.escalation.note", true);
        note.setHelperText(getTranslation("assurance.escalation.note.help"));
        add(note, action("escalate", null, () -> tasks.escalate(task.taskId(), userId, note.getValue())));
    }

    private void takeNote() {
        request.getReplyStatus().ifPresent(status -> about(getTranslation("assurance.reply.status"),
                getTranslation("assurance.replyStatus." + status.name())));
        if (request.getReplyLevelId() != null) {
            about(getTranslation("assurance.reply.level"),
                    display.level(request.getReplyLevelId(), request.getReceivingParty(), getLocale()));
        }
        TextArea note = area("note", "assurance.closing.note", false);
        add(note, action("record", null, () -> tasks.takeNoteOfReply(task.taskId(), userId, note.getValue())));
    }

    private Select<ClassificationLevel> levelSelect(String path, String labelKey, List<ClassificationLevel> levels,
                                                    Locale locale) {
        Select<ClassificationLevel> select = new Select<>();
        select.setId("task-" + path);
        select.setLabel(getTranslation(labelKey));
        select.setItems(levels);
        select.setItemLabelGenerator(l -> l == null ? getTranslation("assurance.noStorage")
                : display.level(l.getId(), request.getReceivingParty(), locale));
        select.setWidthFull();
        problems.register(path, select);
        return select;
    }

    private TextArea area(String path, String labelKey, boolean required) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId("task-" + path);
        area.setWidthFull();
        area.setMaxLength(2000);
        area.setRequiredIndicatorVisible(required);
        problems.register(path, area);
        return area;
    }

    private TextField field(String path, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("task-" + path);
        field.setMaxLength(200);
        field.setRequiredIndicatorVisible(true);
        problems.register(path, field);
        return field;
    }

    private Button action(String id, String text, Runnable step) {
        return action(id, text, () -> {
            step.run();
            return true;
        });
    }

    /** A button that completes the task; the step returns false when the form needs corrections first. */
    private Button action(String id, String text, java.util.function.BooleanSupplier step) {
        Button button = text == null ? completeButton() : primary(text);
        button.setId("task-action-" + id);
        button.addClickListener(e -> {
            try {
                problems.clear();
                if (step.getAsBoolean()) {
                    outcome.accept(true);
                }
            } catch (TaskActionRefusedException gone) {
                outcome.accept(false);
            } catch (InvalidAssuranceRequestException invalid) {
                List<String> unshown = problems.show(invalid.problems());
                if (!unshown.isEmpty()) {
                    Notification.show(String.join(" ", unshown), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            } catch (RuntimeException failure) {
                // a race lost when the transaction commits, after the task service returned
                if (!ConcurrentChanges.isCause(failure)) {
                    throw failure;
                }
                outcome.accept(false);
            }
        });
        return button;
    }
}

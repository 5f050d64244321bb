package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.procedure.ConcurrentChanges;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.task.TaskRuleViolation;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.FacilityClearanceGapException;
import org.gsoia.workflow.visit.InvalidVisitRequestException;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitProcedure;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.VisitorData;
import org.gsoia.workflow.visit.process.VisitProcess;

/**
 * One user task of the visit-request model on the request's page, for the person who may do it: the kit's task card
 * (who holds it, its deadline) with the facts the task asks about, and the task's form. Mandatory reasons are
 * checked here first, so the user sees the message next to the field; so are the problems the service finds in them
 * (control characters).
 */
class VisitTaskPanel extends TaskCard {

    /** What the page does after a task was completed or turned out to be gone. */
    interface Outcome {
        /** @param completed false when someone else completed or changed the task meanwhile */
        void done(boolean completed);
    }

    private final InboxRow task;
    private final VisitRequest request;
    private final VisitTasks tasks;
    private final VisitDisplay display;
    private final String userId;
    private final Outcome outcome;
    private final Map<String, TextArea> texts = new HashMap<>();

    VisitTaskPanel(InboxRow task, VisitRequest request, VisitTasks tasks, VisitDisplay display, String userId,
                   List<ClassificationLevel> sendingLevels, VisitFormContext formContext, Outcome outcome) {
        super(VisitProcedure.DESCRIPTION.taskLabelKey(task.taskKey()), "visit.task." + task.taskKey() + ".help");
        this.task = task;
        this.request = request;
        this.tasks = tasks;
        this.display = display;
        this.userId = userId;
        this.outcome = outcome;
        setId("task-" + task.taskKey());
        switch (task.taskKey()) {
            case VisitProcess.CERTIFY_CLEARANCES -> {
                aboutVisit();
                request.toData().visitors().forEach(v -> about(v.displayName(),
                        display.level(request, v.clearanceLevelId(), getLocale()) + " · "
                                + getTranslation("visit.visitor.until", display.date(v.clearanceExpiresOn(), getLocale()))
                                + " · " + v.clearanceIssuedBy() + " · " + getTranslation(v.personnelClearanceId() == null
                                ? "visit.visitor.typedIn" : "visit.visitor.fromTheRegister")));
                certification();
            }
            case VisitProcess.REVIEW_REQUEST -> {
                aboutVisit();
                about(getTranslation("visit.requestingFacility"), display.facility(request.getRequestingFacilityId(), getLocale()));
                about(getTranslation("visit.visitors"), String.valueOf(request.getVisitors().size()));
                review(sendingLevels);
            }
            case VisitProcess.CONFIRM_DECISION -> {
                aboutDecision();
                confirmation();
            }
            case VisitProcess.ACKNOWLEDGE_NOTICE -> {
                aboutVisit();
                about(getTranslation("visit.visitors"), String.join(", ", request.toData().visitors().stream()
                        .map(VisitorData::displayName).toList()));
                aboutDecision();
                add(button("acknowledge", getTranslation("visit.task.acknowledge"), () -> {
                    tasks.acknowledge(task.taskId(), userId);
                    return true;
                }));
            }
            case VisitProcess.HANDLE_ESCALATION -> {
                about(getTranslation("visit.decisionDue"), display.date(request.getDecisionDueDate(), getLocale()));
                aboutVisit();
                noted("visit.task.escalationNote", note -> tasks.handleEscalation(task.taskId(), userId, note), true);
            }
            case VisitProcess.CONSIDER_RENEWAL -> {
                about(getTranslation("visit.validUntil"), display.date(request.getValidUntil(), getLocale()));
                noted("visit.task.renewalNote", note -> tasks.considerRenewal(task.taskId(), userId, note), false);
            }
            case VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE -> {
                aboutClearanceChange();
                aboutVisit();
                noted("visit.task.clearanceChangeNote", note -> tasks.reconsiderAfterClearanceChange(task.taskId(),
                        userId, note), false);
            }
            case VisitProcess.REVIEW_SUSPENSION -> {
                aboutClearanceChange();
                aboutVisit();
                aboutDecision();
                suspensionReview();
            }
            case VisitProcess.CORRECT_REQUEST, VisitProcess.PROVIDE_INFORMATION -> correction(formContext);
            default -> add(new Paragraph(getTranslation("visit.task.unknown")));
        }
    }

    /** The visit the task concerns: its dates, host facility and highest level. */
    private void aboutVisit() {
        about(getTranslation("visit.dates"), display.dates(request, getLocale()));
        about(getTranslation("visit.hostFacility"), display.facility(request.getHostFacilityId(), getLocale()));
        about(getTranslation("visit.level"), display.level(request, request.getLevelId(), getLocale()));
    }

    /** The host authority's (first) decision the task confirms or acknowledges, with who took it and when. */
    private void aboutDecision() {
        request.getDecision().ifPresent(d -> about(getTranslation("visit.decision"),
                getTranslation("visit.decision." + d.name())));
        if (request.getReleasableLevelId() != null) {
            about(getTranslation("visit.releasableLevel"), display.level(request, request.getReleasableLevelId(),
                    getLocale()));
        }
        if (request.getConditions() != null) {
            about(getTranslation("visit.conditions"), display.written(request.getConditions(),
                    request.getDecisionLanguage(), getLocale(), this));
        }
        if (request.getReasonCode() != null) {
            about(getTranslation("visit.reasonCode"), getTranslation("visit.reason." + request.getReasonCode().name()));
        }
        if (request.getReason() != null) {
            about(getTranslation("visit.reason"), display.written(request.getReason(), request.getDecisionLanguage(),
                    getLocale(), this));
        }
        if (request.getDecidedBy() != null) {
            about(getTranslation("visit.decidedBy"), display.person(request.getDecidedBy(), getLocale())
                    + (request.getDecidedAt() == null ? "" : ", " + display.date(display.hostDay(request,
                    request.getDecidedAt()), getLocale())));
        }
    }

    private void certification() {
        RadioButtonGroup<Boolean> outcomeChoice = new RadioButtonGroup<>(getTranslation("visit.task.certification"));
        outcomeChoice.setItems(true, false);
        outcomeChoice.setItemLabelGenerator(ok -> getTranslation(ok ? "visit.task.certify" : "visit.task.returnToApplicant"));
        // no default: certifying is a deliberate act, not the result of one click
        TextArea reason = reasonField("visit.task.returnReason", "reason");
        add(outcomeChoice, reason, button("complete", null, () -> {
            if (outcomeChoice.isEmpty()) {
                outcomeChoice.setInvalid(true);
                outcomeChoice.setErrorMessage(getTranslation("validation.choose"));
                return false;
            }
            if (!outcomeChoice.getValue() && missing(reason)) {
                return false;
            }
            tasks.certify(task.taskId(), userId, outcomeChoice.getValue(), reason.getValue());
            return true;
        }));
    }

    private void review(List<ClassificationLevel> levels) {
        Select<HostAuthorityDecision> decision = new Select<>();
        decision.setId("decision");
        decision.setLabel(getTranslation("visit.decision"));
        decision.setItems(HostAuthorityDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("visit.decision." + d.name()));
        decision.setPlaceholder(getTranslation("validation.choose"));
        decision.setWidth("min(24em, 100%)");
        ComboBox<ClassificationLevel> releasable = new ComboBox<>(getTranslation("visit.releasableLevel"));
        // the host may lower the releasable level, never raise it above what was requested
        releasable.setItems(levels.stream().filter(l -> levelOf(levels).isAtLeast(l)).toList());
        releasable.setItemLabelGenerator(level -> display.level(request, level.getId(), getLocale()));
        releasable.setValue(levelOf(levels));
        releasable.setWidthFull();
        TextArea conditions = reasonField("visit.conditions", "conditions");
        Select<RejectionReason> reasonCode = new Select<>();
        reasonCode.setLabel(getTranslation("visit.reasonCode"));
        reasonCode.setItems(RejectionReason.values());
        reasonCode.setItemLabelGenerator(r -> getTranslation("visit.reason." + r.name()));
        reasonCode.setWidth("min(24em, 100%)");
        TextArea reason = reasonField("visit.reason", "reason");
        Runnable visibility = () -> {
            HostAuthorityDecision d = decision.getValue();
            releasable.setVisible(d != null && d.approves());
            conditions.setVisible(d == HostAuthorityDecision.APPROVE_WITH_CONDITIONS);
            reasonCode.setVisible(d == HostAuthorityDecision.REJECT);
            reason.setVisible(d != null && !d.approves());
        };
        decision.addValueChangeListener(e -> visibility.run());
        visibility.run();
        add(decision, releasable, conditions, reasonCode, reason, button("complete", null, () -> {
            HostAuthorityDecision d = decision.getValue();
            if (d == null) {
                decision.setInvalid(true);
                decision.setErrorMessage(getTranslation("validation.choose"));
                return false;
            }
            if (d == HostAuthorityDecision.APPROVE_WITH_CONDITIONS && missing(conditions)) {
                return false;
            }
            if (d == HostAuthorityDecision.REJECT && reasonCode.isEmpty()) {
                reasonCode.setInvalid(true);
                reasonCode.setErrorMessage(getTranslation("validation.required"));
                return false;
            }
            if ((d == HostAuthorityDecision.REQUEST_INFORMATION || d == HostAuthorityDecision.RETURN) && missing(reason)) {
                return false;
            }
            tasks.decide(task.taskId(), userId, d, releasable.getOptionalValue().map(ClassificationLevel::getId).orElse(null),
                    conditions.getValue(), reasonCode.getValue(), reason.getValue());
            return true;
        }));
    }

    private ClassificationLevel levelOf(List<ClassificationLevel> levels) {
        return levels.stream().filter(l -> l.getId().equals(request.getLevelId())).findFirst().orElseThrow();
    }

    private void confirmation() {
        TextArea reason = reasonField("visit.task.disagreeReason", "reason");
        Button confirm = button("confirm", getTranslation("visit.task.confirm"), () -> {
            tasks.confirm(task.taskId(), userId, true, null);
            return true;
        });
        Button disagree = button("disagree", getTranslation("visit.task.disagree"), () -> {
            if (missing(reason)) {
                return false;
            }
            tasks.confirm(task.taskId(), userId, false, reason.getValue());
            return true;
        });
        disagree.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason, new Div(confirm, disagree));
    }

    /** Which facility's clearance changed, to what and when. */
    private void aboutClearanceChange() {
        if (request.getClearanceChangedAt() != null) {
            about(getTranslation("visit.clearanceChange"), display.clearanceChange(request, getLocale(), this));
        }
    }

    /** Lifting needs both facilities cleared again (the gate says what is missing); confirming needs a reason. */
    private void suspensionReview() {
        TextArea reason = reasonField("visit.task.suspensionReason", "reason");
        Button lift = button("lift-suspension", getTranslation("visit.task.liftSuspension"), () -> {
            tasks.reviewSuspension(task.taskId(), userId, true, reason.getValue());
            return true;
        });
        Button confirm = button("confirm-suspension", getTranslation("visit.task.confirmSuspension"), () -> {
            if (missing(reason)) {
                return false;
            }
            tasks.reviewSuspension(task.taskId(), userId, false, reason.getValue());
            return true;
        });
        confirm.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(reason, new Div(lift, confirm));
    }

    private void noted(String labelKey, java.util.function.Consumer<String> action, boolean required) {
        TextArea note = reasonField(labelKey, "note");
        add(note, button("complete", null, () -> {
            if (required && missing(note)) {
                return false;
            }
            action.accept(note.getValue());
            return true;
        }));
    }

    private void correction(VisitFormContext formContext) {
        VisitRequestForm form = new VisitRequestForm(formContext);
        form.setData(request.toData());
        Div summary = new Div();
        summary.addClassName("gsoia-problem-summary");
        summary.setVisible(false);
        TextArea answer = reasonField("visit.task.answer", "answer");
        answer.setVisible(task.taskKey().equals(VisitProcess.PROVIDE_INFORMATION));
        boolean question = task.taskKey().equals(VisitProcess.PROVIDE_INFORMATION);
        String message = question ? request.getReason() : request.getReturnReason();
        if (message != null) {
            about(getTranslation(question ? "visit.task.questionLabel" : "visit.task.returnedLabel"),
                    display.written(message, question ? request.getDecisionLanguage() : request.getReturnLanguage(),
                            getLocale(), this));
        }
        add(form, answer, summary, button("resubmit", getTranslation("visit.task.resubmit"), () -> {
            if (answer.isVisible() && missing(answer)) {
                return false;
            }
            try {
                if (answer.isVisible()) {
                    tasks.provideInformation(task.taskId(), userId, form.getData(), answer.getValue());
                } else {
                    tasks.correct(task.taskId(), userId, form.getData());
                }
                return true;
            } catch (InvalidVisitRequestException invalid) {
                VisitViews.showSummary(summary, form.showProblems(showNextToTexts(invalid.problems())), this);
                return false;
            }
        }));
    }

    /** A reason, note or answer; {@code field} is its name in the problems {@link VisitTasks} reports. */
    private TextArea reasonField(String labelKey, String field) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(2000);
        area.setWidthFull();
        texts.put(field, area);
        return area;
    }

    /** Shows the problems of the panel's reasons, notes and answers next to them; returns the others. */
    private List<FieldProblem> showNextToTexts(List<FieldProblem> problems) {
        List<FieldProblem> others = new ArrayList<>();
        for (FieldProblem problem : problems) {
            TextArea area = texts.get(problem.field());
            if (area == null) {
                others.add(problem);
            } else {
                area.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
                area.setInvalid(true);
            }
        }
        return others;
    }

    private boolean missing(TextArea field) {
        boolean blank = field.getValue().isBlank();
        field.setInvalid(blank);
        field.setErrorMessage(blank ? getTranslation("validation.required") : null);
        return blank;
    }

    /**
     * A button that completes the task: with its own words, or (null) "Complete: <task>"; the action returns false
     * when the form needs corrections first.
     */
    private Button button(String id, String text, java.util.function.BooleanSupplier action) {
        Button button = text == null ? completeButton() : primary(text);
        button.setId("task-action-" + id);
        button.addClickListener(e -> {
            try {
                if (action.getAsBoolean()) {
                    outcome.done(true);
                }
            } catch (TaskActionRefusedException gone) {
                // another officer completed or changed the task (or its case) at the same moment
                outcome.done(false);
            } catch (TaskRuleViolation refused) {
                error(refused.messageKey());
            } catch (FacilityClearanceGapException gaps) {
                showError(task.taskKey().equals(VisitProcess.REVIEW_SUSPENSION)
                        ? display.clearanceGaps(request, gaps.gaps(), getLocale(), this, "visit.fsc.liftRefused",
                        "visit.fsc.liftRefused.otherwise")
                        : display.clearanceGaps(request, gaps.gaps(), getLocale(), this));
            } catch (org.gsoia.workflow.visit.VisitorClearanceWithdrawnException uncleared) {
                showError(getTranslation("visit.psc.refused", String.join("; ", uncleared.visitors())));
            } catch (InvalidVisitRequestException invalid) {
                showNextToTexts(invalid.problems()).forEach(problem -> error(problem.messageKey()));
            } catch (RuntimeException failure) {
                // a race lost when the transaction commits, after the task service returned
                if (!ConcurrentChanges.isCause(failure)) {
                    throw failure;
                }
                outcome.done(false);
            }
        });
        return button;
    }

    private void error(String key) {
        showError(getTranslation(key));
    }

    private void showError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

package org.gsoia.workflow.breach.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Locale;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachTasks;
import org.gsoia.workflow.breach.Investigation;
import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.FieldProblemDisplay;

/** The task at hand on a breach case, with the form its step needs and a button that says what it does. */
class BreachTaskPanel extends TaskCard {

    /** Runs a completion: shows refused input in place, a vanished task as such, and reloads the page. */
    interface Completion {
        void run(Runnable completion, FieldProblemDisplay problems);
    }

    BreachTaskPanel(BreachCase breach, InboxRow task, BreachTasks tasks, String userId, ZoneId zone, Locale locale,
                    Completion completion) {
        super("breach.task." + task.taskKey(), "breach.task.help." + task.taskKey());
        setId("task-panel");
        showSituation(tasks.situation(task, locale), zone);
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        Button complete = completeButton();
        complete.setId("task-action-" + task.taskKey());
        switch (task.taskKey()) {
            case BreachProcess.OPEN_CASE -> {
                about(getTranslation("breach.chain.officer"), Dates.formatDateTimeWithZone(breach.getOfficerDueAt(),
                        zone, locale));
                TextArea assessment = area("breach.assessment", "assessment", "breach.assessment.help");
                problems.register("assessment", assessment);
                complete.addClickListener(e -> completion.run(() -> tasks.openCase(task.taskId(), userId,
                        assessment.getValue()), problems));
                add(assessment, complete);
            }
            case BreachProcess.NOTIFY_ORIGINATOR -> {
                breach.getOriginatorDueAt().ifPresent(due -> about(getTranslation("breach.chain.originator"),
                        Dates.formatDateTimeWithZone(due, zone, locale)));
                about(getTranslation("breach.items"), String.valueOf(breach.getItems().size()));
                complete.addClickListener(e -> completion.run(() -> tasks.notifyOriginator(task.taskId(), userId),
                        problems));
                add(complete);
            }
            case BreachProcess.ASSESS_DAMAGE -> {
                TextArea damage = area("breach.damage", "damage-assessment", "breach.damage.help");
                damage.setMaxLength(4000);
                problems.register("damageAssessment", damage);
                complete.addClickListener(e -> completion.run(() -> tasks.assessDamage(task.taskId(), userId,
                        damage.getValue()), problems));
                add(damage, complete);
            }
            case BreachProcess.INVESTIGATE -> investigation(breach, task, tasks, userId, completion, problems, complete);
            case BreachProcess.INTERIM_REPORT -> {
                TextArea status = area("breach.interim.status", "interim-status", "breach.interim.status.help");
                status.setMaxLength(4000);
                TextArea next = area("breach.interim.nextSteps", "interim-next", null);
                problems.register("interimStatus", status);
                problems.register("nextSteps", next);
                complete.addClickListener(e -> completion.run(() -> tasks.sendInterimReport(task.taskId(), userId,
                        status.getValue(), next.getValue()), problems));
                add(status, next, complete);
            }
            case BreachProcess.FINAL_REPORT -> {
                RadioButtonGroup<BreachCase.Outcome> outcome = new RadioButtonGroup<>(
                        getTranslation("breach.outcome"));
                outcome.setId("outcome");
                outcome.setItems(BreachCase.Outcome.values());
                outcome.setItemLabelGenerator(o -> getTranslation("breach.outcome." + o.name()));
                TextArea report = area("breach.finalReport", "final-report", "breach.finalReport.help");
                report.setMaxLength(4000);
                problems.register("outcome", outcome);
                problems.register("finalReport", report);
                about(getTranslation("breach.actions"), String.valueOf(breach.getActions().size()));
                complete.addClickListener(e -> completion.run(() -> tasks.writeFinalReport(task.taskId(), userId,
                        outcome.getValue(), report.getValue()), problems));
                add(outcome, report, complete);
            }
            case BreachProcess.REVIEW -> {
                RadioButtonGroup<Boolean> verdict = new RadioButtonGroup<>(getTranslation("breach.review"));
                verdict.setId("review-verdict");
                verdict.setItems(Boolean.TRUE, Boolean.FALSE);
                verdict.setItemLabelGenerator(accepted -> getTranslation(accepted ? "breach.review.accept"
                        : "breach.review.askMore"));
                TextArea comment = area("breach.review.comment", "review-comment", "breach.review.comment.help");
                problems.register("accepted", verdict);
                problems.register("reviewComment", comment);
                complete.addClickListener(e -> completion.run(() -> tasks.review(task.taskId(), userId,
                        verdict.getValue(), comment.getValue()), problems));
                add(verdict, comment, complete);
            }
            case BreachProcess.REVIEW_CLEARANCE -> {
                breach.openReview().ifPresent(review -> {
                    about(getTranslation("breach.reviewSubject"), review.getSubject());
                    about(getTranslation("breach.reviewReason"), review.getText());
                    if (review.getSubject().equals(breach.getFacilityId())) {
                        about(getTranslation("breach.reviewRegister"), new com.vaadin.flow.component.html.Anchor(
                                "facilities/" + breach.getFacilityId(), getTranslation("breach.reviewRegister.open")));
                    }
                });
                TextArea outcome = area("breach.reviewOutcome", "review-outcome", "breach.reviewOutcome.help");
                problems.register("reviewOutcome", outcome);
                complete.addClickListener(e -> completion.run(() -> tasks.recordClearanceReview(task.taskId(), userId,
                        outcome.getValue()), problems));
                add(outcome, complete);
            }
            default -> {
                about(getTranslation("breach.actions.open"), String.valueOf(breach.openActions()));
                complete.addClickListener(e -> completion.run(() -> tasks.confirmActionsDone(task.taskId(), userId),
                        problems));
                add(complete);
            }
        }
    }

    private void investigation(BreachCase breach, InboxRow task, BreachTasks tasks, String userId,
                               Completion completion, FieldProblemDisplay problems, Button complete) {
        TextArea findings = area("breach.findings", "findings", "breach.findings.help");
        findings.setMaxLength(4000);
        TextArea cause = area("breach.cause", "cause", null);
        RadioButtonGroup<BreachCase.Likelihood> likelihood = new RadioButtonGroup<>(
                getTranslation("breach.likelihood"));
        likelihood.setId("likelihood");
        likelihood.setItems(BreachCase.Likelihood.values());
        likelihood.setItemLabelGenerator(l -> getTranslation("breach.likelihood." + l.name()));
        RadioButtonGroup<BreachCase.Referral> referral = new RadioButtonGroup<>(getTranslation("breach.referral"));
        referral.setId("referral");
        referral.setItems(BreachCase.Referral.values());
        referral.setItemLabelGenerator(r -> getTranslation("breach.referral." + r.name()));
        TextField referralTo = new TextField(getTranslation("breach.referralTo"));
        referralTo.setId("referral-to");
        referralTo.setHelperText(getTranslation("breach.referralTo.help"));
        referralTo.setMaxLength(200);
        referralTo.setWidth("24em");
        TextField referralReference = new TextField(getTranslation("breach.referralReference"));
        referralReference.setId("referral-reference");
        referralReference.setMaxLength(100);
        referral.addValueChangeListener(e -> {
            boolean referred = e.getValue() != null && e.getValue() != BreachCase.Referral.NONE;
            referralTo.setVisible(referred);
            referralReference.setVisible(referred);
        });
        referralTo.setVisible(false);
        referralReference.setVisible(false);
        if (breach.getFindings() != null) {
            // a second round after the originator asked for more starts from what was found
            findings.setValue(breach.getFindings());
            cause.setValue(breach.getCause());
            likelihood.setValue(breach.getLikelihood());
            referral.setValue(breach.getReferral());
        }
        problems.register("findings", findings);
        problems.register("cause", cause);
        problems.register("likelihood", likelihood);
        problems.register("referral", referral);
        problems.register("referralTo", referralTo);
        problems.register("referralReference", referralReference);
        complete.addClickListener(e -> completion.run(() -> tasks.investigate(task.taskId(), userId,
                new Investigation(findings.getValue(), cause.getValue(), likelihood.getValue(), referral.getValue(),
                        referralTo.getValue(), referralReference.getValue())), problems));
        add(findings, cause, likelihood, referral, referralTo, referralReference, complete);
    }

    private TextArea area(String labelKey, String id, String helpKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(2000);
        area.setWidthFull();
        if (helpKey != null) {
            area.setHelperText(getTranslation(helpKey));
        }
        return area;
    }
}

package org.gsoia.workflow.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import org.gsoia.workflow.language.Dates;

/**
 * One task on its procedure's page, the same for every procedure: what the task is, who holds it and since when (or
 * to whom it is offered), its deadline, and, in the card itself, the facts the task asks the user to decide,
 * confirm or acknowledge; the procedure adds its form below. Buttons that complete the task name it, so that two
 * cards can never offer the same "complete" button.
 */
public class TaskCard extends VerticalLayout {

    private final String taskLabel;
    private final Div situation = new Div();
    private final Div about = new Div();
    private final Div aboutFacts = new Div();

    /**
     * @param taskLabelKey translation key of the task's name (the procedure's {@code taskLabelKey})
     * @param helpKey      translation key of what the task asks
     */
    public TaskCard(String taskLabelKey, String helpKey) {
        this.taskLabel = getTranslation(taskLabelKey);
        String help = getTranslation(helpKey);
        addClassNames("gsoia-card", "gsoia-task-panel");
        H3 title = new H3(taskLabel);
        Paragraph lead = new Paragraph(help);
        lead.addClassName("gsoia-lead");
        situation.addClassName("gsoia-task-situation");
        situation.setVisible(false);
        about.addClassName("gsoia-task-about");
        aboutFacts.addClassName("gsoia-facts");
        H4 aboutTitle = new H4(getTranslation("task.about"));
        about.add(aboutTitle, aboutFacts);
        about.setVisible(false);
        add(title, lead, situation, about);
    }

    public String taskLabel() {
        return taskLabel;
    }

    /** Who holds the task since when, or that nobody has claimed it yet; and its deadline while it runs. */
    public void showSituation(TaskSituation task, ZoneId zone) {
        situation.removeAll();
        String since = Dates.formatDateTime(task.heldSince() == null ? task.openedAt() : task.heldSince(), zone,
                getLocale());
        Span holder = new Span(task.holder() != null
                ? getTranslation("task.claimedBy", task.holder(), since)
                : getTranslation("task.unclaimed", String.join(", ", task.offeredTo()), since));
        holder.addClassName("gsoia-task-holder");
        situation.add(new Div(holder));
        if (task.due() != null) {
            // the deadline day ends at midnight where the task is held; its last day is the day before that instant
            String day = Dates.format(task.due().minusMillis(1).atZone(zone).toLocalDate(), getLocale());
            Span due = new Span(getTranslation(task.dueState() == DueState.OVERDUE ? "task.overdue" : "task.due", day));
            due.getElement().getThemeList().add(switch (task.dueState()) {
                case OVERDUE -> "badge error";
                case AT_RISK -> "badge contrast";
                default -> "badge";
            });
            due.addClassName("gsoia-task-due");
            situation.add(new Div(due));
        }
        situation.setVisible(true);
    }

    /** One fact the task is about, e.g. the conditions of the approval the host facility acknowledges. */
    public void about(String label, String value) {
        about(label, new Span(value == null ? "" : value));
    }

    public void about(String label, Component value) {
        Span name = new Span(label);
        name.addClassName("label");
        aboutFacts.add(new Div(name, value));
        about.setVisible(true);
    }

    /** The button that completes the task, labelled with the task: "Complete: Decide on the request". */
    public Button completeButton() {
        return primary(getTranslation("task.complete", taskLabel));
    }

    /** A primary action button of the task with its own words (e.g. "Confirm the decision"). */
    public static Button primary(String text) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}

package org.gsoia.workflow.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/**
 * What a case page tells the user after an action, the same on every procedure's page: refused input next to its
 * fields (the rest in one message), a warning for a lost race or a vanished task, and "done" after a task, back to the
 * inbox when the user came from there.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Shows each problem at its field; problems of fields the page did not register (or no display) in a message. */
    public static void problems(Component page, FieldProblemDisplay display, List<FieldProblem> problems) {
        List<String> unshown = display == null ? problems.stream()
                .map(p -> page.getTranslation(p.messageKey(), p.arguments().toArray())).toList()
                : display.show(problems);
        if (!unshown.isEmpty()) {
            Notification.show(String.join(" ", unshown), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** A warning the user must read: someone else changed the case, the task is gone. */
    public static void warn(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** The task is done: the inbox again when the user came from it, else the page read anew. */
    public static void taskDone(Component page, boolean backToInbox, Runnable reload) {
        Notification.show(page.getTranslation("visit.task.done"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (backToInbox) {
            page.getUI().ifPresent(ui -> ui.navigate("inbox"));
        } else {
            reload.run();
        }
    }
}

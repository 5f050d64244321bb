package org.gsoia.workflow.notification;

import java.util.List;

/**
 * One message to send: its topic, the case it is about and the route of the case's page (the link), and further
 * arguments of its texts. An argument that is a {@link Translated} is translated into each recipient's language.
 * Never put classified content or personal data into a notice: a reference and a link are all a mail may carry.
 */
public record Notice(Topic topic, String reference, String route, List<Object> arguments) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice of(Topic topic, String reference, String route, Object... arguments) {
        return new Notice(topic, reference, route, List.of(arguments));
    }

    /** A text argument given by its translation key, e.g. a task's name. */
    public record Translated(String key) {
    }
}

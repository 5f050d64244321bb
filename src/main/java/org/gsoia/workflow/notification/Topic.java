package org.gsoia.workflow.notification;

/**
 * What a message is about, e.g. {@code BREACH_ESCALATED}. Its texts are {@code notification.<key>.subject} and
 * {@code .body} (arguments: {0} the case reference, {1} the link, then the notice's own); its label in the user's
 * settings {@code notification.<key>}. A mandatory topic cannot be switched off.
 */
public record Topic(String key, boolean mandatory) {

    public static Topic mandatory(String key) {
        return new Topic(key, true);
    }

    public static Topic optional(String key) {
        return new Topic(key, false);
    }
}

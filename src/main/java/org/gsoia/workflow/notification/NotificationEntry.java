package org.gsoia.workflow.notification;

import java.time.Instant;

/** A message as its recipient reads it in the app, or as administrators read the outbox. */
public record NotificationEntry(long id, String recipient, String topic, boolean mandatory, String reference,
                                String link, String subject, String body, String language, String email,
                                Instant createdAt, Instant readAt, String mailStatus) {

    public boolean isRead() {
        return readAt != null;
    }
}

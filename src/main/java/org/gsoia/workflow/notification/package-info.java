/**
 * Notifications that reach people, for every procedure: a message per recipient in the recipient's language, shown
 * by the bell and mailed through Spring Mail (an outbox in the demo). Procedures name their {@link
 * org.gsoia.workflow.notification.Topic}s; this package knows no procedure.
 */
package org.gsoia.workflow.notification;

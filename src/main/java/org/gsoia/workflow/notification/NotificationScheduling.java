package org.gsoia.workflow.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The mailer runs on Spring's scheduler, only where mail is switched on. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "gsoia.notifications.mail", havingValue = "true")
class NotificationScheduling {
}

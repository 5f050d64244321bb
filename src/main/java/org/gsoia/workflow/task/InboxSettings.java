package org.gsoia.workflow.task;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Inbox settings.
 *
 * @param atRisk       a task due within this time is shown as at risk
 * @param pollInterval how often an open inbox asks whether tasks changed
 */
@ConfigurationProperties("gsoia.inbox")
public record InboxSettings(Duration atRisk, Duration pollInterval) {

    public InboxSettings {
        atRisk = atRisk == null ? Duration.ofDays(2) : atRisk;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
    }
}

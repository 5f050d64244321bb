package org.gsoia.workflow.breach;

import java.util.List;
import java.util.Optional;
import org.gsoia.workflow.breach.process.BreachProcess;
import org.gsoia.workflow.notification.NotificationTopics;
import org.gsoia.workflow.notification.TaskNoticePolicy;
import org.gsoia.workflow.notification.Topic;
import org.springframework.stereotype.Component;

/**
 * What breach cases tell people. Every step of the chain, every escalation and every report is mandatory: "immediately"
 * must not depend on someone's settings.
 */
@Component
public class BreachTopics implements NotificationTopics, TaskNoticePolicy {

    /** A task of a breach case waits (the chain's deadlines). */
    public static final Topic STEP = Topic.mandatory("BREACH_STEP");
    /** A target of the chain was missed. */
    public static final Topic ESCALATED = Topic.mandatory("BREACH_ESCALATED");
    /** An interim or final report reached the originating party. */
    public static final Topic REPORT = Topic.mandatory("BREACH_REPORT");

    @Override
    public List<Topic> topics() {
        return List.of(STEP, ESCALATED, REPORT);
    }

    @Override
    public Optional<Topic> topicOf(String processKey, String taskKey) {
        return BreachProcess.PROCESS_KEY.equals(processKey) ? Optional.of(STEP) : Optional.empty();
    }
}

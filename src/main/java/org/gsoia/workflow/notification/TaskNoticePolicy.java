package org.gsoia.workflow.notification;

import java.util.Optional;

/** A procedure's say on the topic of its new-task messages, e.g. mandatory for the breach chain. */
public interface TaskNoticePolicy {

    /** The topic for a new task of the process, or empty for the default (optional) one. */
    Optional<Topic> topicOf(String processKey, String taskKey);
}

package org.gsoia.workflow.notification;

import java.util.List;

/** The topics a procedure sends, so that users can switch the optional ones off. One bean per procedure. */
public interface NotificationTopics {

    List<Topic> topics();
}

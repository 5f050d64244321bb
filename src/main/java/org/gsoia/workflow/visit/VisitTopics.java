package org.gsoia.workflow.visit;

import java.util.List;
import org.gsoia.workflow.notification.NotificationTopics;
import org.gsoia.workflow.notification.Topic;
import org.springframework.stereotype.Component;

/** What visit requests tell people: the decision to the applicant, an escalation to the host authority. */
@Component
class VisitTopics implements NotificationTopics {

    @Override
    public List<Topic> topics() {
        return List.of(VisitProgress.DECIDED, VisitProgress.ESCALATED);
    }
}

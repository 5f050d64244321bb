package org.gsoia.workflow.task;

import java.util.Optional;

/**
 * What a procedure tells the inbox about its cases, so that one inbox serves visit requests, facility clearances and
 * breach notifications alike. Each procedure module provides one bean.
 */
public interface InboxCaseSource {

    /** The process definition key this source speaks for, e.g. {@code visit-request}. */
    String procedureKey();

    /** Translation key of the procedure's name. */
    String procedureNameKey();

    /** Translation key of a task's name, by its task definition key. */
    String taskNameKey(String taskKey);

    /** The business facts of a case as one of its tasks shows them; empty when the case is unknown. */
    Optional<InboxCaseFacts> factsOf(String reference, String taskKey);

    /** The route of the page where the user works on a task of this case (its task forms). */
    String taskRoute(String reference);
}

package org.gsoia.workflow.task;

import java.util.Optional;
import org.gsoia.workflow.procedure.Procedure;

/**
 * What a procedure tells the inbox about its cases, so that one inbox serves visit requests, facility clearances and
 * breach notifications alike. Each procedure provides one bean.
 */
public interface InboxCaseSource {

    /** The procedure this source speaks for: its process key, name, task labels and case page. */
    Procedure procedure();

    /** The business facts of a case as one of its tasks shows them; empty when the case is unknown. */
    Optional<InboxCaseFacts> factsOf(String reference, String taskKey);
}

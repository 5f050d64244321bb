package org.gsoia.workflow.visit;

import java.util.List;

/**
 * An approval (or the lifting of a suspension) refused because visitors taken from the PSC register no longer hold a
 * clearance there that covers the visit: suspended, revoked, expired or downgraded since. Nothing was changed.
 */
public class VisitorClearanceWithdrawnException extends RuntimeException {

    private final List<String> visitors;

    VisitorClearanceWithdrawnException(List<String> visitors) {
        super("Visitors no longer cleared: " + visitors);
        this.visitors = List.copyOf(visitors);
    }

    /** The visitors concerned, by passport name. */
    public List<String> visitors() {
        return visitors;
    }
}

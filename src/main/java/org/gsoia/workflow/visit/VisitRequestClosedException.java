package org.gsoia.workflow.visit;

/** The request is decided, ended or past its visit: it can no longer be amended or cancelled. */
public class VisitRequestClosedException extends RuntimeException {

    public VisitRequestClosedException(String reference) {
        super("Visit request " + reference + " can no longer be changed");
    }
}

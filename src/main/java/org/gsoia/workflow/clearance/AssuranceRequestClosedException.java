package org.gsoia.workflow.clearance;

/** The request is closed or withdrawn (perhaps a moment ago): it cannot change any more. */
public class AssuranceRequestClosedException extends RuntimeException {

    public AssuranceRequestClosedException(String reference) {
        super("Assurance request " + reference + " is closed");
    }
}

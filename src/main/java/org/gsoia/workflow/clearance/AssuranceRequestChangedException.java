package org.gsoia.workflow.clearance;

/** Someone changed the request since the user read it: the change is refused instead of overwriting theirs. */
public class AssuranceRequestChangedException extends RuntimeException {

    public AssuranceRequestChangedException(String reference) {
        super("Assurance request " + reference + " changed meanwhile");
    }
}

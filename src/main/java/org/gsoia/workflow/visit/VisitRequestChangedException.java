package org.gsoia.workflow.visit;

/**
 * Someone else changed the request since the caller read it (another amendment, a cancellation, an officer's
 * decision): nothing was saved. The caller reads the request again and decides anew (HTTP 409, "changed
 * meanwhile" on screen).
 */
public class VisitRequestChangedException extends RuntimeException {

    private final String reference;

    public VisitRequestChangedException(String reference) {
        super("Visit request " + reference + " was changed meanwhile");
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}

package org.gsoia.workflow.visit;

/** No such request, or not one the user may see: both look the same from outside (404, not 403). */
public class VisitRequestNotFoundException extends RuntimeException {

    public VisitRequestNotFoundException(String reference) {
        super("No visit request " + reference);
    }
}

package org.gsoia.workflow.clearance;

/** No such request, or none the user may see (the two look alike on purpose). */
public class AssuranceRequestNotFoundException extends RuntimeException {

    public AssuranceRequestNotFoundException(String reference) {
        super("No assurance request " + reference);
    }
}

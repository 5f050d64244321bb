package org.gsoia.workflow.breach;

/** No such case, or one the user may not read: the two look the same. */
public class BreachNotFoundException extends RuntimeException {

    public BreachNotFoundException(String reference) {
        super("No breach case " + reference);
    }
}

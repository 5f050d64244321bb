package org.gsoia.workflow.breach;

/** Someone else changed the case since the user read it: nothing was saved, the user reads it again. */
public class BreachChangedException extends RuntimeException {

    public BreachChangedException(String reference) {
        super("Breach case " + reference + " changed meanwhile");
    }
}

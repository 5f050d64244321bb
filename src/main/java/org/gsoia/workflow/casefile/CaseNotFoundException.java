package org.gsoia.workflow.casefile;

/** The case does not exist, or the user has no need to know it (the two look the same on purpose). */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String reference) {
        super("No case " + reference);
    }
}

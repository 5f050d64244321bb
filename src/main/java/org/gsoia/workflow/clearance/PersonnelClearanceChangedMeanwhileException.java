package org.gsoia.workflow.clearance;

/** Someone changed the person's clearance since the officer read it: nothing was saved. */
public class PersonnelClearanceChangedMeanwhileException extends RuntimeException {

    public PersonnelClearanceChangedMeanwhileException(Long id) {
        super("Personnel clearance " + id + " changed meanwhile");
    }
}

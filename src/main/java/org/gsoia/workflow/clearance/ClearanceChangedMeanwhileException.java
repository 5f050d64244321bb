package org.gsoia.workflow.clearance;

/**
 * Someone else recorded a change of the same clearance since the officer read it. Nothing was saved; the officer
 * reads the register again and decides whether the own change still applies.
 */
public class ClearanceChangedMeanwhileException extends RuntimeException {

    ClearanceChangedMeanwhileException(String facilityId) {
        super("The clearance of " + facilityId + " was changed meanwhile");
    }
}

package org.gsoia.workflow.visit;

import java.util.List;

/**
 * An approval refused because a facility of the visit does not hold the clearance the visit needs; the gaps say
 * why. Nothing was recorded; the officer may still reject, return or ask the applicant.
 */
public class FacilityClearanceGapException extends RuntimeException {

    private final transient List<FacilityClearanceGap> gaps;

    FacilityClearanceGapException(List<FacilityClearanceGap> gaps) {
        super("Approval refused: " + gaps);
        this.gaps = List.copyOf(gaps);
    }

    public List<FacilityClearanceGap> gaps() {
        return gaps;
    }
}

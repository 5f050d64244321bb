package org.gsoia.workflow.clearance.api;

/** No facility of the caller's party with this id: unknown, or the other party's (which looks the same). */
class FacilityNotFoundException extends RuntimeException {

    FacilityNotFoundException(String facilityId) {
        super("No facility " + facilityId + " in the caller's register");
    }
}

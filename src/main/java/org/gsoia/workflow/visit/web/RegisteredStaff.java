package org.gsoia.workflow.visit.web;

import java.util.List;
import java.util.Optional;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PersonnelClearances;

/**
 * The people of the applicant's facilities with a valid clearance in the PSC register, paged in the database as the
 * user types: an organisation may have tens of thousands.
 */
record RegisteredStaff(String userId, String organisationId, PersonnelClearances register) {

    List<PersonnelClearance> page(String text, int offset, int limit) {
        return register.ofOwnOrganisation(userId, text, offset, limit);
    }

    /** A visitor's entry as the request links it (whatever its status now: the server judges it on saving). */
    Optional<PersonnelClearance> find(Long id) {
        return register.ofOrganisation(id, organisationId);
    }

    boolean isEmpty() {
        return page(null, 0, 1).isEmpty();
    }
}

package org.gsoia.workflow.clearance.api;

import java.util.List;

/** One page of the caller's party's register, ordered by facility name; {@code more} says whether another follows. */
record FacilityClearancePage(List<FacilityClearanceReport> clearances, int page, int size, boolean more) {
}

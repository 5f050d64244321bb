/**
 * Facility security clearances (FSC): the register as the competent authorities keep it, with the full history of
 * its changes. Its front is this package ({@link org.gsoia.workflow.clearance.FacilityClearances}); screens live in
 * {@code clearance.web}.
 */
package org.gsoia.workflow.clearance;

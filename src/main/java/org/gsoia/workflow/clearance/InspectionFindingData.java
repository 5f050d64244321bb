package org.gsoia.workflow.clearance;

import java.time.LocalDate;

/**
 * A finding of an inspection and the corrective action it calls for.
 *
 * @param description what the inspector found
 * @param severity    how serious it is
 * @param action      the corrective action
 * @param owner       who at the facility carries it out (name and function)
 * @param dueOn       by when
 */
public record InspectionFindingData(String description, InspectionFinding.Severity severity, String action,
                                    String owner, LocalDate dueOn) {
}

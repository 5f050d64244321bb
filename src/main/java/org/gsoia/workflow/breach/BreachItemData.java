package org.gsoia.workflow.breach;

import java.time.LocalDate;

/**
 * An item as the reporter identifies it (R-BR-03).
 *
 * @param title   only if the title itself is unclassified
 * @param levelId the originator's marking: a level of the originating party
 */
public record BreachItemData(String originator, String registryNumber, String title, LocalDate itemDate,
                             String copyNumber, BreachItem.Medium medium, String levelId) {
}

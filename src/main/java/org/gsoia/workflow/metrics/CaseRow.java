package org.gsoia.workflow.metrics;

import java.time.LocalDate;

/**
 * One case of a drill-down list: only what a manager may see (no personal data of visitors).
 *
 * @param reference       the case's reference
 * @param procedureKey    its procedure's process key
 * @param partyCode       the party whose authority owes the decision
 * @param step            translation key of the step the case waits in, or of its outcome once closed; null if none
 * @param stepFallback    the step's task key or the outcome's code, shown when there is no translation
 * @param startedOn       the day the case started
 * @param ageWorkingDays  working days (of the deciding party) since the start, up to today or the case's end
 * @param dueDate         the decision's due date, if any
 * @param closed          whether the case is closed
 */
public record CaseRow(String reference, String procedureKey, String partyCode, String step, String stepFallback,
                      LocalDate startedOn, int ageWorkingDays, LocalDate dueDate, boolean closed) {
}

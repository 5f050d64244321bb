package org.gsoia.workflow.procedure;

/**
 * Published (as a Spring event, inside the changing transaction) by a procedure that changed a case's business data
 * outside any engine event: an amendment's new dates and level, a moved deadline, back-dated demo history. Every read
 * model built from cases (the task inbox, the dashboard's facts) listens and reads the case again; what the engine
 * does to a case reaches them through its own events.
 *
 * @param reference the case's reference, its process instance's business key
 */
public record CaseChanged(String reference) {
}

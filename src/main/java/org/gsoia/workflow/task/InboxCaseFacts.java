package org.gsoia.workflow.task;

import java.time.Instant;

/**
 * The business data an inbox row carries besides the engine's: who asked, which party's authority holds the task,
 * the case's highest classification level (in the scale of {@code levelParty}) and when the task is due.
 *
 * @param organisationId requesting organisation
 * @param partyCode      party whose authority or organisation holds the task
 * @param agreementId    agreement the case runs under
 * @param levelId        highest classification level of the case, or null
 * @param levelParty     party whose scale the level belongs to
 * @param levelRank      rank of that level within its party's scale (higher is more sensitive), or null
 * @param due            due date of the task, or null when the procedure sets none
 */
public record InboxCaseFacts(String organisationId, String partyCode, String agreementId, String levelId, String levelParty,
                             Integer levelRank, Instant due) {
}

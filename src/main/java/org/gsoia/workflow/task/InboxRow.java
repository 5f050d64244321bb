package org.gsoia.workflow.task;

import java.time.Instant;

/** One open task as the inbox shows it: business data first, engine ids only to act on it. */
public record InboxRow(String taskId, String reference, String procedureKey, String taskKey, String organisationId,
                       String partyCode, String agreementId, String levelId, String levelParty, Instant due,
                       String assignee, String owner) {
}

package org.gsoia.workflow.visit;

/** Who files a request: the user, the user's organisation and party, and the party hosting the visit. */
public record Applicant(String userId, String organisationId, String sendingParty, String hostParty) {
}

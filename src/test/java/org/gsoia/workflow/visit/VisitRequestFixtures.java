package org.gsoia.workflow.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Visit requests that never touch the database, for unit tests of code outside the domain package (the REST
 * API, the letter): the domain's own constructor and state changes, which main code outside {@code visit} cannot
 * reach.
 */
public final class VisitRequestFixtures {

    private VisitRequestFixtures() {
    }

    public static VisitRequest unsaved(String reference, String agreementId, String sendingParty, String hostParty,
                                       String applicantUserId, String applicantOrganisationId, VisitRequestData data,
                                       OffsetDateTime submittedAt) {
        return new VisitRequest(reference, agreementId, sendingParty, hostParty, applicantUserId,
                applicantOrganisationId, data, submittedAt);
    }

    public static void scheduleDecision(VisitRequest request, LocalDate due) {
        request.scheduleDecision(due);
    }

    public static void changeStatus(VisitRequest request, VisitStatus status) {
        request.changeStatus(status);
    }

    public static void decide(VisitRequest request, HostAuthorityDecision decision, String releasableLevelId,
                              String conditions, RejectionReason reasonCode, String reason, String officer,
                              OffsetDateTime at) {
        request.recordDecision(decision, releasableLevelId, conditions, reasonCode, reason, officer, at);
    }

    public static void confirm(VisitRequest request, String officer) {
        request.recordConfirmation(officer);
    }
}

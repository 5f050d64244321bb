package org.gsoia.workflow.visit;

import java.time.LocalDate;

/**
 * The few facts of a request that shared read models (the inbox) show, read without loading the request itself:
 * a read model refreshed for a thousand tasks in one transaction must not fill the persistence context. The level's
 * rank is that of the sending party's level (null for an unknown level).
 */
public record VisitRequestFacts(String reference, String applicantOrganisationId, String sendingParty,
                                String hostParty, String agreementId, String levelId, Integer levelRank,
                                LocalDate decisionDueDate,
                                LocalDate startDate, LocalDate validUntil) {
}

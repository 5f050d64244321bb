package org.gsoia.workflow.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One request in a list of an organisation's requests: read in one query from the request's own row, without its
 * visitors and sites, so that a page of fifty costs one indexed query however many requests the organisation has.
 */
public record VisitRequestLine(String reference, VisitStatus status, VisitType type, LocalDate startDate,
                               LocalDate endDate, String hostFacilityId, LocalDate decisionDueDate, boolean escalated,
                               OffsetDateTime submittedAt) {
}

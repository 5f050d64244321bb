package org.gsoia.workflow.breach.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A breach case as the API shows it: its state, the chain's targets and moments (instants, UTC), escalations, and each
 * item with its dual marking in the caller's language. Persons involved are never part of it.
 */
record BreachDetails(String reference, String status, String classification, String eventType,
                     String receivingParty, String originatingParty, String organisationId, String facilityId,
                     String location, OffsetDateTime discoveredAt, String discoveredZone, Instant officerDueAt,
                     Instant authorityDueAt, Instant originatorDueAt, Instant openedAt, Instant notifiedAt,
                     List<Item> items, List<Escalation> escalations, int version) {

    record Item(String registryNumber, String originator, String title, String medium, String levelId,
                String marking) {
    }

    record Escalation(String step, Instant targetAt, Instant escalatedAt) {
    }
}

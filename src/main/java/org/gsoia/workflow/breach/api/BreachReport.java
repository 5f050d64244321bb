package org.gsoia.workflow.breach.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachItem;

/**
 * A breach as another system reports it: the moments as ISO-8601 date-times with their offset, and the zone they were
 * read in (IANA id, e.g. {@code Europe/Berlin}), so that deadlines in hours are instants and readers see the reporter's
 * own clock.
 */
@Schema(description = "A breach, loss or compromise of the other party's information (R-BR-01, R-BR-03)")
record BreachReport(
        @Schema(description = "R-BR-01 event type") BreachCase.EventType eventType,
        @Schema(description = "Registered facility where it happened; empty: the reporter's own organisation")
        String facilityId,
        @Schema(description = "Building, room, vehicle") String location,
        @Schema(description = "Discovery, e.g. 2026-10-25T01:30:00+02:00") OffsetDateTime discoveredAt,
        @Schema(description = "Zone the discovery was read in, e.g. Europe/Berlin; default: the offset's")
        String discoveredZone,
        @Schema(description = "Estimated occurrence, if known") OffsetDateTime occurredAt,
        String circumstances,
        String unauthorisedRecipients,
        String containment,
        String pointOfContact,
        List<Item> items) {

    /** An item affected: identification only; its level is one of the originating party's. */
    record Item(String originator, String registryNumber,
                @Schema(description = "Only if the title is unclassified") String title, LocalDate date,
                String copyNumber, BreachItem.Medium medium,
                @Schema(description = "Originator's level id, e.g. JP-GOKUHI") String levelId) {
    }
}

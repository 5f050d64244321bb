package org.gsoia.workflow.breach;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a reporter tells (R-BR-01, R-BR-03): the kind of event, where, when (with the zone it was given in), what
 * happened, who may have seen it, what was done at once, whom to call, and every item affected.
 *
 * @param facilityId where it happened, if at a registered facility; else {@code location} says where
 * @param occurredAt the estimated occurrence, if known
 */
public record BreachReportData(BreachCase.EventType eventType, String facilityId, String location,
                               ZonedDateTime discoveredAt, ZonedDateTime occurredAt, String circumstances,
                               String unauthorisedRecipients, String containment, String pointOfContact,
                               List<BreachItemData> items) {

    public BreachReportData {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

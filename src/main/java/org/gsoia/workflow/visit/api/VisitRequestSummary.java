package org.gsoia.workflow.visit.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gsoia.workflow.visit.VisitRequestLine;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.visit.VisitType;

/** One line of the organisation's list of requests: enough to find a request and see where it stands. */
@Schema(description = "A visit request in the organisation's list")
record VisitRequestSummary(
        @Schema(example = "VR-2026-000123") String reference,
        VisitStatus status,
        VisitType type,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(example = "JP-MINATO-YOK") String hostFacilityId,
        @Schema(description = "The host authority decides by this day") LocalDate decisionDueDate,
        @Schema(description = "The decision deadline passed and the host authority escalated the case")
        boolean escalated,
        OffsetDateTime submittedAt) {

    static VisitRequestSummary of(VisitRequestLine line) {
        return new VisitRequestSummary(line.reference(), line.status(), line.type(), line.startDate(),
                line.endDate(), line.hostFacilityId(), line.decisionDueDate(), line.escalated(), line.submittedAt());
    }
}

package org.gsoia.workflow.visit.api;

import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.visit.VisitType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One line of the organisation's list of requests: enough to find a request and see where it stands. */
@Schema(description = "A visit request in the organisation's list")
record VisitRequestSummary(
        @Schema(example = "VR-2026-000123") String reference,
        VisitStatus status,
        VisitType type,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(example = "JP-MINATO-YOK") String hostFacilityId,
        LocalDate decisionDueDate) {

    static VisitRequestSummary of(VisitRequest request) {
        return new VisitRequestSummary(request.getReference(), request.getStatus(), request.getType(),
                request.getStartDate(), request.getEndDate(), request.getHostFacilityId(),
                request.getDecisionDueDate());
    }
}

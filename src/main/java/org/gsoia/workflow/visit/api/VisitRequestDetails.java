package org.gsoia.workflow.visit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.gsoia.workflow.visit.SiteData;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.VisitorData;

/**
 * One visit request as the REST API returns it. The applicant's fields keep the names of {@link VisitRequestData},
 * so a client can change a fetched request and send it back for amendment; what the system adds (reference,
 * status, parties, dual marking, deadlines, decision) comes on top.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A visit request of the applicant's organisation")
record VisitRequestDetails(
        @Schema(example = "VR-2026-000123") String reference,
        VisitStatus status,
        VisitType type,
        @Schema(description = "Party of the visitors", example = "DE") String sendingParty,
        @Schema(description = "Party hosting the visit", example = "JP") String hostParty,
        @Schema(example = "DE-NORDWERK-BRE") String requestingFacilityId,
        @Schema(example = "JP-MINATO-YOK") String hostFacilityId,
        String programmeReference,
        String purpose,
        LocalDate startDate,
        LocalDate endDate,
        MarkedLevel level,
        boolean handCarry,
        String emergencyJustification,
        String priorCoordinationNote,
        List<SiteData> sites,
        List<VisitorData> visitors,
        OffsetDateTime submittedAt,
        @Schema(description = "The host authority decides by this day (host working days before the visit)")
        LocalDate decisionDueDate,
        HostDecision decision) {

    /** @param marking the dual marking of a level towards the request's host party */
    static VisitRequestDetails of(VisitRequest request, Function<String, MarkedLevel> marking) {
        VisitRequestData data = request.toData();
        return new VisitRequestDetails(request.getReference(), request.getStatus(), data.type(),
                request.getSendingParty(), request.getHostParty(), data.requestingFacilityId(), data.hostFacilityId(),
                data.programmeReference(), data.purpose(), data.startDate(), data.endDate(),
                marking.apply(data.levelId()), data.handCarry(), data.emergencyJustification(),
                data.priorCoordinationNote(), data.sites(), data.visitors(), request.getSubmittedAt(),
                request.getDecisionDueDate(), HostDecision.of(request, marking).orElse(null));
    }
}

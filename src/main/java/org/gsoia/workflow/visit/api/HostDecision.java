package org.gsoia.workflow.visit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitRequest;

/** The host authority's decision as the applicant learns it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The host authority's decision, once it has been communicated to the applicant")
record HostDecision(
        HostAuthorityDecision outcome,
        @Schema(description = "The highest level that may be released to the visitors (approvals only)")
        MarkedLevel releasableLevel,
        String conditions,
        RejectionReason reasonCode,
        @Schema(description = "The reason of a rejection, or the question or correction the host authority asks for")
        String reason,
        OffsetDateTime decidedAt,
        LocalDate validUntil) {

    /** The decision once the applicant is meant to know it ({@link VisitRequest#isDecisionCommunicated()}). */
    static Optional<HostDecision> of(VisitRequest request, Function<String, MarkedLevel> marking) {
        return request.getDecision().filter(decision -> request.isDecisionCommunicated()).map(decision ->
                new HostDecision(decision, request.getReleasableLevelId() == null ? null
                        : marking.apply(request.getReleasableLevelId()), request.getConditions(),
                        request.getReasonCode(), request.getReason(), request.getDecidedAt(), request.getValidUntil()));
    }
}

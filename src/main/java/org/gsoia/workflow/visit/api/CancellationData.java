package org.gsoia.workflow.visit.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gsoia.workflow.procedure.MultiLine;

/**
 * Why the applicant cancels a request; optional, recorded in the audit trail. {@code VisitRequests.cancel} checks
 * the reason's rule for the API and the request's page alike.
 */
record CancellationData(
        @Schema(description = "Why the visit is cancelled, recorded in the audit trail; at most 2000 characters")
        @MultiLine String reason) {
}

package org.gsoia.workflow.visit.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why the applicant cancels a request; optional, recorded in the audit trail. */
record CancellationData(
        @Schema(description = "Why the visit is cancelled; the audit trail keeps the first 2000 characters")
        String reason) {
}

package org.gsoia.workflow.visit.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the organisation's requests, newest first. */
@Schema(description = "One page of the organisation's visit requests, newest first")
record VisitRequestPage(
        List<VisitRequestSummary> items,
        @Schema(description = "The page's number, from 0", example = "0") int page,
        @Schema(description = "Requests per page", example = "50") int size,
        @Schema(description = "Whether a next page exists (ask for page + 1)") boolean more) {
}

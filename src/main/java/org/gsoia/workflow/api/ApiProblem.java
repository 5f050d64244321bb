package org.gsoia.workflow.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem document as the API sends it ({@code application/problem+json}). Its own type rather than
 * Spring's {@code ProblemDetail}, so that the OpenAPI description shows {@code errors} exactly as it is sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem document; title, detail and messages in the language of Accept-Language")
public record ApiProblem(
        @Schema(format = "uri", example = "tag:gsoia.org,2025:problems/invalid-visit-request") String type,
        @Schema(example = "Invalid visit request") String title,
        @Schema(example = "400") int status,
        String detail,
        @Schema(format = "uri-reference", example = "/api/visit-requests") String instance,
        @Schema(description = "Each broken rule, for invalid or unreadable requests") List<ApiFieldProblem> errors) {
}

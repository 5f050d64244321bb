package org.gsoia.workflow.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of a problem document's {@code errors}: a {@link FieldProblem}, its message in the client's language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One problem with one field")
public record ApiFieldProblem(
        @Schema(description = "Path of the field; absent when the body as a whole is wrong",
                example = "visitors[0].passportNumber") String field,
        @Schema(description = "Stable code of the rule broken", example = "validation.passportNumber") String code,
        @Schema(description = "The rule in the language of Accept-Language (en, de, ja)") String message) {
}

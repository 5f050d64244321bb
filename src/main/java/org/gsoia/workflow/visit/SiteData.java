package org.gsoia.workflow.visit;

import org.gsoia.workflow.procedure.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A site to be visited, as entered in the form or sent to the REST API. Messages are translation keys. */
public record SiteData(
        @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong") @SingleLine String name,
        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong") @SingleLine String address,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong") @SingleLine String contactName,
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "\\+?[0-9 ()/-]{6,30}", message = "validation.phone") @SingleLine String contactPhone,
        @NotBlank(message = "validation.required") @Email(message = "validation.email")
        @Size(max = 200, message = "validation.tooLong") @SingleLine String contactEmail) {

    public static SiteData empty() {
        return new SiteData("", "", "", "", "");
    }
}

package org.gsoia.workflow.visit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A site to be visited, as entered in the form or sent to the REST API. Messages are translation keys. */
public record SiteData(
        @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong") String name,
        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong") String address,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong") String contactName,
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "\\+?[0-9 ()/-]{6,30}", message = "validation.phone") String contactPhone,
        @NotBlank(message = "validation.required") @Email(message = "validation.email")
        @Size(max = 200, message = "validation.tooLong") String contactEmail) {

    public static SiteData empty() {
        return new SiteData("", "", "", "", "");
    }
}

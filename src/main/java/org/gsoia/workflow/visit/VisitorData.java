package org.gsoia.workflow.visit;

import org.gsoia.workflow.procedure.SingleLine;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A visitor as entered in the form or sent to the REST API: the fields R-VI-03 requires and nothing more.
 * Validation messages are translation keys.
 */
public record VisitorData(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong") @SingleLine
        String nameNative,
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "[A-Z][A-Z '<-]{0,99}", message = "validation.passportName") @SingleLine String surnamePassport,
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "[A-Z][A-Z '<-]{0,99}", message = "validation.passportName") @SingleLine
        String givenNamesPassport,
        @NotNull(message = "validation.required") @Past(message = "validation.past") LocalDate dateOfBirth,
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong") @SingleLine
        String placeOfBirth,
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "[A-Z]{3}", message = "validation.nationality") @SingleLine String nationality,
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "[A-Z0-9]{6,20}", message = "validation.passportNumber") @SingleLine String passportNumber,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong") @SingleLine
        String jobTitle,
        @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong") @SingleLine
        String employer,
        @NotBlank(message = "validation.required") @SingleLine String clearanceLevelId,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong") @SingleLine
        String clearanceIssuedBy,
        @NotNull(message = "validation.required") LocalDate clearanceExpiresOn,
        @NotNull(message = "validation.consent") @AssertTrue(message = "validation.consent") Boolean consentGiven,
        Long personnelClearanceId) {

    /** A visitor typed in, not taken from the PSC register: the sending authority certifies the clearance. */
    public VisitorData(String nameNative, String surnamePassport, String givenNamesPassport, LocalDate dateOfBirth,
                       String placeOfBirth, String nationality, String passportNumber, String jobTitle,
                       String employer, String clearanceLevelId, String clearanceIssuedBy,
                       LocalDate clearanceExpiresOn, Boolean consentGiven) {
        this(nameNative, surnamePassport, givenNamesPassport, dateOfBirth, placeOfBirth, nationality, passportNumber,
                jobTitle, employer, clearanceLevelId, clearanceIssuedBy, clearanceExpiresOn, consentGiven, null);
    }

    /**
     * The same visitor with the person and the clearance as the PSC register records them: names (the passport
     * spelling "SURNAME, GIVEN NAMES"), birth date, level, issuer, expiry.
     */
    public VisitorData asRegistered(String registeredNameNative, String registeredNamePassport,
                                    LocalDate registeredDateOfBirth, String levelId, String issuedBy,
                                    LocalDate expiresOn) {
        String[] passport = registeredNamePassport.split(",", 2);
        return new VisitorData(registeredNameNative, passport[0].strip(), passport.length > 1 ? passport[1].strip()
                : givenNamesPassport, registeredDateOfBirth, placeOfBirth, nationality, passportNumber, jobTitle,
                employer, levelId, issuedBy, expiresOn, consentGiven, personnelClearanceId);
    }

    /** The name as written at home and as in the passport: readers of either script find the person. */
    public String displayName() {
        return nameNative + " / " + surnamePassport + ", " + givenNamesPassport;
    }

    public static VisitorData empty() {
        return new VisitorData("", "", "", null, "", "", "", "", "", null, "", null, false);
    }
}

package org.gsoia.workflow.visit;

import org.gsoia.workflow.procedure.MultiLine;
import org.gsoia.workflow.procedure.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A visit request as the applicant enters it (form) or sends it (REST API). The field rules are here; the rules
 * that need reference data (lead time, facilities, levels) are checked by {@link VisitRequestValidator}.
 * Validation messages are translation keys.
 */
public record VisitRequestData(
        @NotNull(message = "validation.required") VisitType type,
        @NotBlank(message = "validation.required") @SingleLine String requestingFacilityId,
        @NotBlank(message = "validation.required") @SingleLine String hostFacilityId,
        @Size(max = 200, message = "validation.tooLong") @SingleLine String programmeReference,
        @NotBlank(message = "validation.required") @Size(max = 2000, message = "validation.tooLong") @MultiLine
        String purpose,
        @NotNull(message = "validation.required") LocalDate startDate,
        @NotNull(message = "validation.required") LocalDate endDate,
        @NotBlank(message = "validation.required") @SingleLine String levelId,
        boolean handCarry,
        @Size(max = 2000, message = "validation.tooLong") @MultiLine String emergencyJustification,
        @Size(max = 2000, message = "validation.tooLong") @MultiLine String priorCoordinationNote,
        @NotEmpty(message = "validation.sites") @Size(max = 30, message = "validation.sites")
        List<@Valid @NotNull(message = "validation.required") SiteData> sites,
        @NotEmpty(message = "validation.visitors") @Size(max = 30, message = "validation.visitors")
        List<@Valid @NotNull(message = "validation.required") VisitorData> visitors,
        @Pattern(regexp = "en|de|ja", message = "validation.textLanguage") @SingleLine String textLanguage) {

    /** The same request with other visitors (e.g. their clearances as the PSC register records them). */
    public VisitRequestData withVisitors(List<VisitorData> replacement) {
        return new VisitRequestData(type, requestingFacilityId, hostFacilityId, programmeReference, purpose, startDate,
                endDate, levelId, handCarry, emergencyJustification, priorCoordinationNote, sites, replacement,
                textLanguage);
    }

    /** The most visitors one request may name (as DCSA: 30 visitors, 30 sites). */
    public static final int MAX_VISITORS = 30;

    /** A request whose texts are in the language of the writer's screens (the usual case). */
    public VisitRequestData(VisitType type, String requestingFacilityId, String hostFacilityId,
                            String programmeReference, String purpose, LocalDate startDate, LocalDate endDate,
                            String levelId, boolean handCarry, String emergencyJustification,
                            String priorCoordinationNote, List<SiteData> sites, List<VisitorData> visitors) {
        this(type, requestingFacilityId, hostFacilityId, programmeReference, purpose, startDate, endDate, levelId,
                handCarry, emergencyJustification, priorCoordinationNote, sites, visitors, null);
    }

    /** The same request, its texts written in the given language ({@code en}, {@code de}, {@code ja}). */
    public VisitRequestData writtenIn(String language) {
        return new VisitRequestData(type, requestingFacilityId, hostFacilityId, programmeReference, purpose,
                startDate, endDate, levelId, handCarry, emergencyJustification, priorCoordinationNote, sites,
                visitors, language);
    }

    public VisitRequestData {
        // not List.copyOf: a null row must reach validation as a field error, not fail here
        sites = sites == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sites));
        visitors = visitors == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(visitors));
    }
}

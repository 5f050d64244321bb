package org.gsoia.workflow.visit.api;

import org.gsoia.workflow.api.ApiLanguage;
import org.gsoia.workflow.api.ApiProblem;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequestNotFoundException;
import org.gsoia.workflow.visit.VisitRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The REST API for applicants' own systems: what the request form does, for machines. It uses the same service and
 * so the same validator and need-to-know rules. A request of another organisation answers 404 like an unknown one,
 * so that a guessed reference does not even confirm that the request exists. Only applicants get here (see
 * {@code SecurityConfig}); errors become problem documents in {@link VisitRequestApiProblems}.
 */
@RestController
@RequestMapping(VisitRequestApi.PATH)
@Tag(name = "Visit requests", description = "Requests for visit of the applicant's organisation")
@SecurityScheme(name = VisitRequestApi.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "User name and password of an applicant")
@SecurityRequirement(name = VisitRequestApi.BASIC_AUTH)
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
@ApiResponse(responseCode = "403", description = "The user is not an applicant", content = @Content)
class VisitRequestApi {

    static final String PATH = "/api/visit-requests";
    static final String BASIC_AUTH = "basicAuth";
    private static final String ACCEPT_LANGUAGE = "Accept-Language";

    private final VisitRequests requests;
    private final UserDirectory users;
    private final DualMarkingFormatter markings;

    VisitRequestApi(VisitRequests requests, UserDirectory users, DualMarkingFormatter markings) {
        this.requests = requests;
        this.users = users;
        this.markings = markings;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a visit request",
            description = "Checks the request exactly like the form (fields, facilities, levels, lead time) and "
                    + "starts the procedure. Validation messages follow Accept-Language (en, de, ja).")
    @ApiResponse(responseCode = "201", description = "Submitted; the Location header names the new request")
    @ApiResponse(responseCode = "400", description = "Invalid or unreadable request; nothing was saved",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<VisitRequestDetails> submit(@RequestBody VisitRequestData data, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        VisitRequest request = requests.submit(data, user.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{reference}")
                .buildAndExpand(request.getReference()).toUri();
        return ResponseEntity.created(location).body(details(request, acceptLanguage));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the organisation's visit requests", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The organisation's requests")
    List<VisitRequestSummary> list(Authentication user) {
        return requests.ofOwnOrganisation(user.getName()).stream().map(VisitRequestSummary::of).toList();
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one visit request of the organisation")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request in the organisation",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    VisitRequestDetails read(@PathVariable String reference, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return details(ownRequest(reference, user.getName()), acceptLanguage);
    }

    @PutMapping(path = "/{reference}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend a visit request",
            description = "Replaces the applicant's data (dates, visitors, sites, ...); checked like a submission. "
                    + "Only new visitors go back to certification.")
    @ApiResponse(responseCode = "200", description = "Amended")
    @ApiResponse(responseCode = "400", description = "Invalid or unreadable request; nothing was changed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "No such request in the organisation",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "Decided, ended or past its visit: no longer changeable",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    VisitRequestDetails amend(@PathVariable String reference, @RequestBody VisitRequestData data,
            Authentication user, @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return details(requests.amend(reference, data, user.getName()), acceptLanguage);
    }

    @PostMapping("/{reference}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a visit request", description = "The body with a reason is optional.")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ApiResponse(responseCode = "404", description = "No such request in the organisation",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "Decided, ended or past its visit: no longer changeable",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    void cancel(@PathVariable String reference, @RequestBody(required = false) CancellationData cancellation,
            Authentication user) {
        requests.cancel(reference, cancellation == null ? null : cancellation.reason(), user.getName());
    }

    /** {@link VisitRequests#find} also lets authorities read; an applicant sees the own organisation's only. */
    private VisitRequest ownRequest(String reference, String userId) {
        String organisationId = users.find(userId).map(UserAccount::organisationId).orElse(null);
        return requests.find(reference, userId)
                .filter(request -> request.getApplicantOrganisationId().equals(organisationId))
                .orElseThrow(() -> new VisitRequestNotFoundException(reference));
    }

    private VisitRequestDetails details(VisitRequest request, String acceptLanguage) {
        Locale locale = ApiLanguage.of(acceptLanguage);
        return VisitRequestDetails.of(request, levelId -> new MarkedLevel(levelId,
                markings.format(request.getAgreementId(), levelId, request.getHostParty(), locale)));
    }
}

package org.gsoia.workflow.visit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.api.ApiLanguage;
import org.gsoia.workflow.api.ApiProblem;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequestLine;
import org.gsoia.workflow.visit.VisitRequestNotFoundException;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitStatus;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
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
        description = "User name and password: of an applicant for visit requests, of an authority officer for "
                + "facility clearances")
@SecurityRequirement(name = VisitRequestApi.BASIC_AUTH)
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
@ApiResponse(responseCode = "403", description = "The user is not an applicant", content = @Content)
class VisitRequestApi {

    static final String PATH = "/api/visit-requests";
    static final int MAX_SIZE = 200;
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
    @Operation(summary = "List the organisation's visit requests",
            description = "Newest first, one page at a time; optionally only the requests of one status.")
    @ApiResponse(responseCode = "200", description = "One page of the organisation's requests")
    @ApiResponse(responseCode = "400", description = "A page below 0, a size outside 1–" + MAX_SIZE
            + " or an unknown status", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    VisitRequestPage list(Authentication user,
            @Parameter(description = "Only requests in this status") @RequestParam(required = false) VisitStatus status,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Requests per page, 1–" + MAX_SIZE) @RequestParam(defaultValue = "50") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        org.gsoia.workflow.api.PageQuery.check(problems, page, size, MAX_SIZE, "api.query.size");
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
        // one more than asked tells whether another page follows, without counting the organisation's requests
        List<VisitRequestLine> lines = requests.ofOwnOrganisation(user.getName(), status, page * size, size + 1);
        return new VisitRequestPage(lines.stream().limit(size).map(VisitRequestSummary::of).toList(), page, size,
                lines.size() > size);
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one visit request of the organisation")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request in the organisation",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<VisitRequestDetails> read(@PathVariable String reference, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        VisitRequest request = ownRequest(reference, user.getName());
        return ResponseEntity.ok().eTag(Versions.etag(request)).body(details(request, acceptLanguage));
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
    @ApiResponse(responseCode = "409", description = "Decided, ended or past its visit (no longer changeable), or "
            + "changed by someone else at the same moment (read it again and retry)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names an older version than the current one",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<VisitRequestDetails> amend(@PathVariable String reference, @RequestBody VisitRequestData data,
            Authentication user, @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @Parameter(description = "The ETag of the version read; the amendment is refused (412) if the request "
                    + "changed since") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        VisitRequest amended = requests.amend(reference, data, user.getName(), Versions.expected(reference, ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(amended)).body(details(amended, acceptLanguage));
    }

    @PostMapping("/{reference}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a visit request", description = "The body with a reason is optional.")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ApiResponse(responseCode = "404", description = "No such request in the organisation",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "Decided, ended or past its visit (no longer changeable), or "
            + "changed by someone else at the same moment (read it again and retry)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names an older version than the current one",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    void cancel(@PathVariable String reference, @RequestBody(required = false) CancellationData cancellation,
            Authentication user,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requests.cancel(reference, cancellation == null ? null : cancellation.reason(), user.getName(),
                Versions.expected(reference, ifMatch));
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

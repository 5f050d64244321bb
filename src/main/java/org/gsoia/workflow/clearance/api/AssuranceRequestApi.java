package org.gsoia.workflow.clearance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.api.ApiLanguage;
import org.gsoia.workflow.api.ApiProblem;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRequestChangedException;
import org.gsoia.workflow.clearance.AssuranceRequestData;
import org.gsoia.workflow.clearance.AssuranceRequestNotFoundException;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.procedure.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * FSC assurance requests for the designated security authorities' own systems (R-FC-01/02): file a request about a
 * company of the other party, read the requests between the caller's authority and the other party's (filed and to
 * answer) with their replies, and withdraw one. The same service as the screens, so the same rules; a request of
 * other authorities answers 404 like an unknown one. Replies and the national clearance are worked in the product.
 */
@RestController
@RequestMapping(AssuranceRequestApi.PATH)
@Tag(name = "FSC assurance requests", description = "Requests between the designated security authorities")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
@ApiResponse(responseCode = "403", description = "The user is no officer of a designated security authority",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ApiProblem.class)))
class AssuranceRequestApi {

    static final String PATH = "/api/fsc-assurance-requests";
    static final int MAX_SIZE = 200;
    private static final String ACCEPT_LANGUAGE = "Accept-Language";

    private final AssuranceRequests requests;
    private final DualMarkingFormatter markings;
    private final Agreements agreements;

    AssuranceRequestApi(AssuranceRequests requests, DualMarkingFormatter markings, Agreements agreements) {
        this.requests = requests;
        this.markings = markings;
        this.agreements = agreements;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File an FSC assurance request about a company of the other party",
            description = "Checked exactly like the form; starts the procedure, and the reply is due a configured "
                    + "number of the receiving party's working days later. Messages follow Accept-Language.")
    @ApiResponse(responseCode = "201", description = "Filed; the Location header names the new request")
    @ApiResponse(responseCode = "400", description = "Invalid or unreadable request; nothing was saved",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<AssuranceRequestDetails> file(@RequestBody AssuranceRequestData data, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AssuranceRequest request = requests.file(data, user.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{reference}")
                .buildAndExpand(request.getReference()).toUri();
        return ResponseEntity.created(location).eTag(etag(request))
                .body(details(request, ApiLanguage.of(acceptLanguage)));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the requests between the caller's authority and the other party's",
            description = "Newest first, one page at a time; direction OUTGOING (filed by the caller's authority), "
                    + "INCOMING (to answer) or ALL.")
    @ApiResponse(responseCode = "200", description = "One page of requests")
    @ApiResponse(responseCode = "400", description = "A query parameter is out of range",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    AssuranceRequestPage list(Authentication user,
            @Parameter(description = "OUTGOING, INCOMING or ALL") @RequestParam(defaultValue = "ALL")
            AssuranceRequests.Direction direction,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Requests per page, 1–" + MAX_SIZE) @RequestParam(defaultValue = "50") int size,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        List<FieldProblem> problems = new ArrayList<>();
        org.gsoia.workflow.api.PageQuery.check(problems, page, size, MAX_SIZE, "api.query.size.assurance");
        if (!problems.isEmpty()) {
            throw new InvalidRegisterQueryException(problems);
        }
        Locale language = ApiLanguage.of(acceptLanguage);
        // one more than asked tells whether another page follows, without counting
        List<AssuranceRequest> rows = requests.page(user.getName(), direction, page * size, size + 1);
        return new AssuranceRequestPage(rows.stream().limit(size).map(r -> details(r, language)).toList(), page, size,
                rows.size() > size);
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one request with its reply")
    @ApiResponse(responseCode = "200", description = "The request; ETag carries its version")
    @ApiResponse(responseCode = "404", description = "No such request between the caller's authority and the other",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<AssuranceRequestDetails> read(@PathVariable String reference, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AssuranceRequest request = requests.find(reference, user.getName())
                .orElseThrow(() -> new AssuranceRequestNotFoundException(reference));
        return ResponseEntity.ok().eTag(etag(request)).body(details(request, ApiLanguage.of(acceptLanguage)));
    }

    @PostMapping(path = "/{reference}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a request the caller's authority filed",
            description = "With a reason. If-Match with the ETag read refuses the withdrawal (412) when the request "
                    + "changed since; a closed request answers 409.")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ApiResponse(responseCode = "409", description = "Already closed or withdrawn", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "412", description = "Changed since the version named in If-Match", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<AssuranceRequestDetails> withdraw(@PathVariable String reference,
            @RequestBody Withdrawal withdrawal, Authentication user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        requests.withdraw(reference, withdrawal == null ? null : withdrawal.reason(), user.getName(),
                expected(reference, ifMatch));
        return read(reference, user, acceptLanguage);
    }

    /** Why the request is withdrawn. */
    record Withdrawal(String reason) {
    }

    private static String etag(AssuranceRequest request) {
        return "\"" + request.getVersion() + "\"";
    }

    /** The version an If-Match header names; null without one (or for {@code *}). */
    private static Integer expected(String reference, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException unknownTag) {
            throw new AssuranceRequestChangedException(reference);
        }
    }

    private AssuranceRequestDetails details(AssuranceRequest r, Locale language) {
        AssuranceRequestDetails.Reply reply = r.getReplyStatus().map(status -> new AssuranceRequestDetails.Reply(
                status, r.isReplyFinal(), level(r.getReplyLevelId(), r.getReceivingParty(), language),
                level(r.getReplyStorageLevelId(), r.getReceivingParty(), language), r.getReplyExpiresOn(),
                r.getReplyRestrictions(), r.getReplySecurityOfficer(), r.getReplyIssuingAuthorityId(),
                r.getRepliedAt(), requests.replyCovers(r).orElse(null))).orElse(null);
        return new AssuranceRequestDetails(r.getReference(), r.getStatus(), r.getRequestingAuthorityId(),
                r.getReceivingAuthorityId(), r.getFacilityId(), r.getContractingEntity(), r.getReason(),
                level(r.getRequiredLevelId(), r.getRequestingParty(), language),
                level(r.getStorageLevelId().orElse(null), r.getRequestingParty(), language), r.getContractReference(),
                r.isUrgent(), r.isSponsorshipRequested(), r.getFiledAt(), r.getReplyDueOn(), r.isReplyOverdue(), reply);
    }

    private AssuranceRequestDetails.Level level(String levelId, String party, Locale language) {
        return levelId == null ? null : new AssuranceRequestDetails.Level(levelId,
                markings.format(agreements.currentId(), levelId, agreements.otherParty(party), language));
    }
}

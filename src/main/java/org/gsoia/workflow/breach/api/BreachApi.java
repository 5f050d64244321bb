package org.gsoia.workflow.breach.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.api.ApiLanguage;
import org.gsoia.workflow.api.ApiProblem;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachItemData;
import org.gsoia.workflow.breach.BreachNotFoundException;
import org.gsoia.workflow.breach.BreachReportData;
import org.gsoia.workflow.breach.InvalidBreachException;
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
 * Breach reports from other systems (a facility's registry, an authority's case system): report, list the cases the
 * caller knows, read one. The same service as the screens, so the same rules and the same need-to-know; a case the
 * caller may not read answers 404 like an unknown one.
 */
@RestController
@RequestMapping(BreachApi.PATH)
@Tag(name = "Breach notifications", description = "Breach, loss and compromise of the other party's information")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
class BreachApi {

    static final String PATH = "/api/breaches";
    static final int MAX_SIZE = 200;
    private static final String ACCEPT_LANGUAGE = "Accept-Language";

    private final BreachCases cases;
    private final DualMarkingFormatter markings;

    BreachApi(BreachCases cases, DualMarkingFormatter markings) {
        this.cases = cases;
        this.markings = markings;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report a breach, loss or compromise",
            description = "Checked exactly like the form; starts the notification chain, whose targets are instants "
                    + "counted from the discovery. Messages follow Accept-Language.")
    @ApiResponse(responseCode = "201", description = "Reported; the Location header names the new case")
    @ApiResponse(responseCode = "400", description = "Invalid or unreadable report; nothing was saved",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "403", description = "The caller acts for no organisation of a party",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<BreachDetails> report(@RequestBody BreachReport report, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        List<FieldProblem> problems = new ArrayList<>();
        ZonedDateTime discovered = zoned(report.discoveredAt(), report.discoveredZone(), "discoveredZone", problems);
        ZonedDateTime occurred = zoned(report.occurredAt(), report.discoveredZone(), "discoveredZone", problems);
        BreachReportData data = new BreachReportData(report.eventType(), blankToNull(report.facilityId()),
                report.location(), discovered, occurred, report.circumstances(), report.unauthorisedRecipients(),
                report.containment(), report.pointOfContact(), report.items() == null ? List.of()
                : report.items().stream().map(i -> i == null ? new BreachItemData(null, null, null, null, null, null,
                        null) : new BreachItemData(i.originator(), i.registryNumber(), i.title(), i.date(),
                        i.copyNumber(), i.medium(), i.levelId())).toList());
        if (!problems.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(problems.stream().distinct().toList());
            all.addAll(cases.reportProblems(data, user.getName()));
            throw new InvalidBreachException(all);
        }
        BreachCase breach = cases.report(data, user.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{reference}")
                .buildAndExpand(breach.getReference()).toUri();
        return ResponseEntity.created(location).eTag(etag(breach))
                .body(details(breach, ApiLanguage.of(acceptLanguage)));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the breach cases the caller knows", description = "Latest report first, one page at "
            + "a time.")
    @ApiResponse(responseCode = "200", description = "One page of cases")
    @ApiResponse(responseCode = "400", description = "A query parameter is out of range",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    BreachPage list(Authentication user,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Cases per page, 1–" + MAX_SIZE) @RequestParam(defaultValue = "50") int size,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        List<FieldProblem> problems = new ArrayList<>();
        org.gsoia.workflow.api.PageQuery.check(problems, page, size, MAX_SIZE, "api.query.size.breach");
        if (!problems.isEmpty()) {
            throw new InvalidBreachException(problems);
        }
        Locale language = ApiLanguage.of(acceptLanguage);
        // one more than asked tells whether another page follows, without counting
        List<BreachCase> rows = cases.pageWithItems(user.getName(), page * size, size + 1);
        return new BreachPage(rows.stream().limit(size).map(b -> details(b, language)).toList(), page, size,
                rows.size() > size);
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one breach case")
    @ApiResponse(responseCode = "200", description = "The case; ETag carries its version")
    @ApiResponse(responseCode = "404", description = "No such case the caller may read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<BreachDetails> read(@PathVariable String reference, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        BreachCase breach = cases.find(reference, user.getName())
                .orElseThrow(() -> new BreachNotFoundException(reference));
        return ResponseEntity.ok().eTag(etag(breach)).body(details(breach, ApiLanguage.of(acceptLanguage)));
    }

    private static ZonedDateTime zoned(OffsetDateTime at, String zone, String field, List<FieldProblem> problems) {
        if (at == null) {
            return null;
        }
        if (zone == null || zone.isBlank()) {
            return at.toZonedDateTime();
        }
        try {
            return at.atZoneSameInstant(ZoneId.of(zone.strip()));
        } catch (DateTimeException unknown) {
            problems.add(FieldProblem.of(field, "validation.breach.unknownZone"));
            return at.toZonedDateTime();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private BreachDetails details(BreachCase b, Locale language) {
        return new BreachDetails(b.getReference(), b.getStatus().name(), b.getClassification().name(),
                b.getEventType().name(), b.getReceivingParty(), b.getOriginatingParty(), b.getOrganisationId(),
                b.getFacilityId(), b.getLocation(), b.discovery().toOffsetDateTime(), b.discovery().getZone().getId(),
                b.getOfficerDueAt(), b.getAuthorityDueAt(), b.getOriginatorDueAt().orElse(null),
                b.getOpenedAt() == null ? null : b.getOpenedAt().toInstant(),
                b.getNotifiedAt() == null ? null : b.getNotifiedAt().toInstant(),
                b.getItems().stream().map(i -> new BreachDetails.Item(i.getRegistryNumber(), i.getOriginator(),
                        i.getTitle(), i.getMedium().name(), i.getLevelId(), markings.format(b.getAgreementId(),
                        i.getLevelId(), b.getReceivingParty(), language))).toList(),
                b.getEscalations().stream().map(e -> new BreachDetails.Escalation(e.getStep().name(),
                        e.getTargetAt(), e.getEscalatedAt())).toList(), b.getVersion());
    }

    private static String etag(BreachCase breach) {
        return "\"" + breach.getVersion() + "\"";
    }
}

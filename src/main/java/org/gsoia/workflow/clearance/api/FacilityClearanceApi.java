package org.gsoia.workflow.clearance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.OrganisationSummary;
import org.gsoia.workflow.api.ApiLanguage;
import org.gsoia.workflow.api.ApiProblem;
import org.gsoia.workflow.clearance.FacilityClearance;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.clearance.ReplyStatus;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FSC register for the competent authorities' own systems (R-FC-02): the status of their own party's
 * facilities' clearances, one or a page at a time. The other party's facilities answer 404 like unknown ones: that
 * party's register is asked through an assurance request, not read. Only authority officers get here (see
 * {@code SecurityConfig}); errors become problem documents in {@link FacilityClearanceApiProblems}.
 */
@RestController
@RequestMapping(FacilityClearanceApi.PATH)
@Tag(name = "Facility clearances", description = "The FSC register of the caller's party")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
@ApiResponse(responseCode = "403", description = "The user is not an authority officer", content = @Content)
class FacilityClearanceApi {

    static final String PATH = "/api/facility-clearances";
    static final int MAX_SIZE = 200;
    private static final String ACCEPT_LANGUAGE = "Accept-Language";

    private final FacilityClearances clearances;
    private final FacilityRegister register;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final DualMarkingFormatter markings;
    private final Agreements agreements;

    FacilityClearanceApi(FacilityClearances clearances, FacilityRegister register, OrganisationDirectory organisations,
                         UserDirectory users, DualMarkingFormatter markings, Agreements agreements) {
        this.clearances = clearances;
        this.register = register;
        this.organisations = organisations;
        this.users = users;
        this.markings = markings;
        this.agreements = agreements;
    }

    @GetMapping(path = "/{facilityId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the clearance of one facility of the caller's party")
    @ApiResponse(responseCode = "200", description = "The clearance as the register states it")
    @ApiResponse(responseCode = "404", description = "No such facility in the caller's party's register",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    FacilityClearanceReport read(@PathVariable String facilityId, Authentication user,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String party = partyOf(user);
        FacilityEntry facility = register.find(facilityId).filter(f -> f.partyCode().equals(party))
                .orElseThrow(() -> new FacilityNotFoundException(facilityId));
        FacilityClearance clearance = clearances.clearance(facilityId, user.getName())
                .orElseThrow(() -> new FacilityNotFoundException(facilityId));
        return report(facility, clearance, ApiLanguage.of(acceptLanguage));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the clearances of the caller's party's facilities",
            description = "Ordered by facility name; `more` says whether another page follows.")
    @ApiResponse(responseCode = "200", description = "One page of the register")
    @ApiResponse(responseCode = "400", description = "A query parameter is out of range",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ApiProblem.class)))
    FacilityClearancePage list(Authentication user,
            @Parameter(description = "Only facilities whose name, romanisation, city or organisation contains this")
            @RequestParam(required = false) String q,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Facilities per page, 1–" + MAX_SIZE) @RequestParam(defaultValue = "50") int size,
            @RequestHeader(name = ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        List<FieldProblem> problems = new ArrayList<>();
        org.gsoia.workflow.api.PageQuery.check(problems, page, size, MAX_SIZE, "api.query.size.facilities");
        if (q != null && ControlCharacters.inLine(q)) {
            problems.add(FieldProblem.of("q", ControlCharacters.MESSAGE_KEY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegisterQueryException(problems);
        }
        Locale language = ApiLanguage.of(acceptLanguage);
        // one more than asked tells whether another page follows, without counting the register
        List<FacilityEntry> rows = register.page(partyOf(user), q, Locale.ROOT, FacilityRegister.Order.FACILITY,
                false, page * size, size + 1);
        List<FacilityEntry> shown = rows.stream().limit(size).toList();
        // the page's clearances in one query, not one per row
        Map<String, FacilityClearance> clearancesById = clearances.clearances(
                shown.stream().map(FacilityEntry::id).toList(), user.getName()).stream()
                .collect(Collectors.toMap(FacilityClearance::facilityId, clearance -> clearance));
        return new FacilityClearancePage(shown.stream().filter(f -> clearancesById.containsKey(f.id()))
                .map(f -> report(f, clearancesById.get(f.id()), language)).toList(), page, size, rows.size() > size);
    }

    private String partyOf(Authentication user) {
        return users.find(user.getName()).map(UserAccount::organisationId).flatMap(organisations::find)
                .map(OrganisationSummary::partyCode)
                .orElseThrow(() -> new FacilityNotFoundException("(caller without organisation)"));
    }

    private FacilityClearanceReport report(FacilityEntry facility, FacilityClearance clearance, Locale language) {
        String otherParty = agreements.otherParty(facility.partyCode());
        return new FacilityClearanceReport(facility.id(), facility.name(), facility.nameEn(), facility.nameLatin(),
                facility.partyCode(), facility.city(), ReplyStatus.of(clearance.status()),
                level(clearance.levelId(), otherParty, language), level(clearance.storageLevelId(), otherParty, language),
                clearance.expiresOn(), clearance.restrictions(),
                clearance.issuingAuthorityId() == null ? null : new FacilityClearanceReport.IssuingAuthority(
                        clearance.issuingAuthorityId(),
                        organisations.displayName(clearance.issuingAuthorityId(), language)),
                clearance.securityOfficer(), clearance.deputySecurityOfficer(), clearance.reasonsReference());
    }

    private FacilityClearanceReport.ClearanceLevel level(String levelId, String otherParty, Locale language) {
        return levelId == null ? null : new FacilityClearanceReport.ClearanceLevel(levelId,
                markings.format(agreements.currentId(), levelId, otherParty, language));
    }
}

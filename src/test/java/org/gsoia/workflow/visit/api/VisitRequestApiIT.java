package org.gsoia.workflow.visit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequestSamples;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.VisitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST API as an applicant's own system uses it: real security chain, real validator and reference data, the
 * demo cast on PostgreSQL. Tests that submit a valid request need the process model {@code visit-request.bpmn}.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class VisitRequestApiIT {

    private static final String PATH = "/api/visit-requests";
    private static final String PASSWORD = "demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    LeadTimes leadTimes;
    @Autowired
    Agreements agreements;
    @Autowired
    VisitTasks tasks;
    @Autowired
    JdbcTemplate jdbc;

    /** Today where the visit takes place: the lead time counts from there. */
    private LocalDate today() {
        return leadTimes.today("JP");
    }

    private ObjectNode valid() {
        return json.valueToTree(VisitRequestSamples.valid(today()));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    private ResultActions submit(String user, Object body) throws Exception {
        return mvc.perform(as(user, post(PATH)).contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private String submitted(String user) throws Exception {
        String answer = submit(user, valid()).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.reference");
    }

    private static ObjectNode firstVisitor(ObjectNode body) {
        return (ObjectNode) body.get("visitors").get(0);
    }

    private static ObjectNode firstSite(ObjectNode body) {
        return (ObjectNode) body.get("sites").get(0);
    }

    private static Arguments broken(String rule, BiConsumer<ObjectNode, LocalDate> breakIt, String field, String code) {
        return Arguments.of(rule, breakIt, field, code);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("required field missing", (body, today) -> body.remove("purpose"), "purpose",
                        "validation.required"),
                broken("too long", (body, today) -> body.put("purpose", "x".repeat(2001)), "purpose",
                        "validation.tooLong"),
                broken("bad e-mail", (body, today) -> firstSite(body).put("contactEmail", "security at minato"),
                        "sites[0].contactEmail", "validation.email"),
                broken("bad phone", (body, today) -> firstSite(body).put("contactPhone", "call the gate"),
                        "sites[0].contactPhone", "validation.phone"),
                broken("passport name in lower case", (body, today) -> firstVisitor(body).put("surnamePassport",
                        "Becker"), "visitors[0].surnamePassport", "validation.passportName"),
                broken("birth date in the future", (body, today) -> firstVisitor(body).put("dateOfBirth",
                        today.plusDays(1).toString()), "visitors[0].dateOfBirth", "validation.past"),
                broken("unknown nationality", (body, today) -> firstVisitor(body).put("nationality", "XXX"),
                        "visitors[0].nationality", "validation.nationality"),
                broken("bad passport number", (body, today) -> firstVisitor(body).put("passportNumber", "C01-X00"),
                        "visitors[0].passportNumber", "validation.passportNumber"),
                broken("no consent", (body, today) -> firstVisitor(body).put("consentGiven", false),
                        "visitors[0].consentGiven", "validation.consent"),
                broken("no visitors", (body, today) -> body.putArray("visitors"), "visitors", "validation.visitors"),
                broken("31 visitors", VisitRequestApiIT::thirtyOneVisitors, "visitors", "validation.visitors"),
                broken("facility of another organisation", (body, today) -> body.put("requestingFacilityId",
                        "DE-RHEINTAL-FDH"), "requestingFacilityId", "validation.facility.notYours"),
                broken("host facility of the sending party", (body, today) -> body.put("hostFacilityId",
                        "DE-RHEINTAL-FDH"), "hostFacilityId", "validation.facility.notHost"),
                broken("level of the other party", (body, today) -> body.put("levelId", "JP-GOKUHI"), "levelId",
                        "validation.level.notSending"),
                broken("level without equivalent", (body, today) -> body.put("levelId", "DE-STRENG-GEHEIM"),
                        "levelId", "validation.level.noEquivalent"),
                broken("end before start", (body, today) -> body.put("endDate",
                        LocalDate.parse(body.get("startDate").asText()).minusDays(1).toString()), "endDate",
                        "validation.endBeforeStart"),
                broken("recurring visit longer than 12 months", (body, today) -> body.put("type", "RECURRING")
                        .put("endDate", LocalDate.parse(body.get("startDate").asText()).plusMonths(13).toString()),
                        "endDate", "validation.recurringTooLong"),
                broken("emergency without justification", (body, today) -> body.put("type", "EMERGENCY")
                        .put("priorCoordinationNote", "Agreed with ATLA by phone"), "emergencyJustification",
                        "validation.emergency.justification"),
                broken("emergency without prior coordination", (body, today) -> body.put("type", "EMERGENCY")
                        .put("emergencyJustification", "Sea trial moved forward"), "priorCoordinationNote",
                        "validation.emergency.coordination"),
                broken("same passport twice", (body, today) -> ((ArrayNode) body.get("visitors"))
                        .add(firstVisitor(body).deepCopy()), "visitors[1].passportNumber",
                        "validation.visitor.duplicate"));
    }

    private static void thirtyOneVisitors(ObjectNode body, LocalDate today) {
        ArrayNode visitors = (ArrayNode) body.get("visitors");
        ObjectNode first = firstVisitor(body);
        for (int i = 1; i <= VisitRequestData.MAX_VISITORS; i++) {
            visitors.add(first.deepCopy().put("passportNumber", String.format("C01X%05d", i)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsA400ProblemNamingTheFieldWithATranslatedMessage(String rule,
            BiConsumer<ObjectNode, LocalDate> breakIt, String field, String code) throws Exception {
        ObjectNode body = valid();
        breakIt.accept(body, today());

        submit("applicant.de", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/invalid-visit-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid visit request"))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "' && @.code == '" + code + "')]").exists())
                .andExpect(jsonPath("$.errors[*].message", everyItem(not(startsWith("validation.")))));
    }

    @Test
    void aStartWithinTheLeadTimeNamesTheEarliestPossibleDay() throws Exception {
        ObjectNode body = valid().put("startDate", today().plusDays(1).toString())
                .put("endDate", today().plusDays(2).toString());
        LocalDate earliest = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME);

        submit("applicant.de", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'startDate' && @.code == 'validation.leadTime')].message",
                        hasItem(containsString(earliest.toString()))));
    }

    @Test
    void aRecurringVisitTooLongNamesTheLimit() throws Exception {
        ObjectNode body = valid().put("type", "RECURRING");
        body.put("endDate", LocalDate.parse(body.get("startDate").asText()).plusMonths(13).toString());

        submit("applicant.de", body)
                .andExpect(jsonPath("$.errors[?(@.code == 'validation.recurringTooLong')].message",
                        hasItem(containsString("12 months"))));
    }

    @Test
    void messagesComeInTheLanguageOfAcceptLanguage() throws Exception {
        ObjectNode body = valid();
        body.remove("purpose");

        mvc.perform(as("applicant.de", post(PATH)).contentType(MediaType.APPLICATION_JSON).content(body.toString())
                        .header("Accept-Language", "de-DE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ungültiger Besuchsantrag"))
                .andExpect(jsonPath("$.errors[?(@.field == 'purpose')].message", hasItem("Pflichtangabe.")));
    }

    @Test
    void anInvalidRequestSavesNothing() throws Exception {
        int before = requestCount();
        ObjectNode body = valid();
        firstVisitor(body).put("consentGiven", false);

        submit("applicant.de", body).andExpect(status().isBadRequest());

        assertThat(requestCount()).as("nothing saved").isEqualTo(before);
    }

    private int requestCount() {
        return jdbc.queryForObject("select count(*) from visit_request", Integer.class);
    }

    /** The first page of the user's organisation's requests, newest first (a new request is on it). */
    private List<String> listOf(String user) throws Exception {
        String answer = mvc.perform(as(user, get(PATH))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.items[*].reference");
    }

    @Test
    void malformedJsonIsA400ProblemWithoutStackTrace() throws Exception {
        submit("applicant.de", "{\"type\": \"ONE_TIME\", \"purpose\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.malformed"))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aWrongEnumValueIsA400ProblemNamingTheFieldAndTheAllowedValues() throws Exception {
        submit("applicant.de", valid().put("type", "WEEKLY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ONE_TIME, RECURRING, EMERGENCY")));
    }

    @Test
    void aWrongDateFormatIsA400ProblemNamingTheField() throws Exception {
        submit("applicant.de", valid().put("startDate", "01.06.2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.date"));
    }

    private static Arguments lenient(String value, BiConsumer<ObjectNode, LocalDate> writeIt, String field,
            String code) {
        return Arguments.of(value, writeIt, field, code);
    }

    /** Values Jackson would coerce by default, each with the field and rule the problem document must name. */
    static Stream<Arguments> valuesNotToBeCoerced() {
        return Stream.of(
                lenient("\"type\": 0", (body, today) -> body.put("type", 0), "type", "api.json.enum"),
                lenient("\"type\": \"\"", (body, today) -> body.put("type", ""), "type", "api.json.enum"),
                lenient("\"dateOfBirth\": 0", (body, today) -> firstVisitor(body).put("dateOfBirth", 0),
                        "visitors[0].dateOfBirth", "api.json.date"),
                lenient("\"startDate\": \"\"", (body, today) -> body.put("startDate", ""), "startDate",
                        "api.json.date"),
                lenient("\"consentGiven\": -1", (body, today) -> firstVisitor(body).put("consentGiven", -1),
                        "visitors[0].consentGiven", "api.json.boolean"),
                lenient("\"consentGiven\": 1", (body, today) -> firstVisitor(body).put("consentGiven", 1),
                        "visitors[0].consentGiven", "api.json.boolean"),
                lenient("\"consentGiven\": \"true\"", (body, today) -> firstVisitor(body).put("consentGiven", "true"),
                        "visitors[0].consentGiven", "api.json.boolean"),
                lenient("\"consentGiven\": false", (body, today) -> firstVisitor(body).put("consentGiven", false),
                        "visitors[0].consentGiven", "validation.consent"),
                lenient("\"consentGiven\": null", (body, today) -> firstVisitor(body).putNull("consentGiven"),
                        "visitors[0].consentGiven", "validation.consent"),
                lenient("consentGiven missing", (body, today) -> firstVisitor(body).remove("consentGiven"),
                        "visitors[0].consentGiven", "validation.consent"),
                lenient("\"handCarry\": \"\"", (body, today) -> body.put("handCarry", ""), "handCarry",
                        "api.json.boolean"),
                lenient("\"handCarry\": \"false\"", (body, today) -> body.put("handCarry", "false"), "handCarry",
                        "api.json.boolean"),
                lenient("\"handCarry\": 0", (body, today) -> body.put("handCarry", 0), "handCarry",
                        "api.json.boolean"),
                lenient("\"purpose\": 42", (body, today) -> body.put("purpose", 42), "purpose", "api.json.type"),
                lenient("\"programmeReference\": true", (body, today) -> body.put("programmeReference", true),
                        "programmeReference", "api.json.type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesNotToBeCoerced")
    void jsonIsReadStrictlyWithoutCoercingScalars(String value, BiConsumer<ObjectNode, LocalDate> writeIt,
            String field, String code) throws Exception {
        int before = requestCount();
        ObjectNode body = valid();
        writeIt.accept(body, today());

        submit("applicant.de", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "' && @.code == '" + code + "')]").exists())
                .andExpect(jsonPath("$.errors[*].message", everyItem(not(startsWith("api.")))));
        assertThat(requestCount()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void anUnknownPropertyIsA400NamingIt() throws Exception {
        submit("applicant.de", valid().put("foo", 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/unreadable-body"))
                .andExpect(jsonPath("$.errors[0].field").value("foo"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.unknownProperty"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("foo")));
    }

    @Test
    void anUnknownPropertyOfAVisitorIsA400NamingItsPathInTheLanguageOfAcceptLanguage() throws Exception {
        ObjectNode body = valid();
        firstVisitor(body).put("middleName", "Maria");

        mvc.perform(as("applicant.de", post(PATH)).contentType(MediaType.APPLICATION_JSON).content(body.toString())
                        .header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visitors[0].middleName"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.unknownProperty"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("middleName")));
    }

    @Test
    void anUnknownPropertyOfTheCancellationIsA400NamingIt() throws Exception {
        String reference = submitted("applicant.de");

        mvc.perform(as("applicant.de", post(PATH + "/" + reference + "/cancellation"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\": \"Programme postponed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.unknownProperty"));
        mvc.perform(as("applicant.de", get(PATH + "/" + reference)))
                .andExpect(jsonPath("$.status").value(not("CANCELLED")));
    }

    @Test
    void aValidRequestIsSubmittedAndCanBeReadBackAndFoundInTheList() throws Exception {
        String answer = submit("applicant.de", valid())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*" + PATH + "/VR-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.type").value("ONE_TIME"))
                .andExpect(jsonPath("$.sendingParty").value("DE"))
                .andExpect(jsonPath("$.hostParty").value("JP"))
                .andExpect(jsonPath("$.requestingFacilityId").value("DE-NORDWERK-BRE"))
                .andExpect(jsonPath("$.hostFacilityId").value("JP-MINATO-YOK"))
                .andExpect(jsonPath("$.level.id").value("DE-GEHEIM"))
                .andExpect(jsonPath("$.level.dualMarking")
                        .value("GEHEIM · DE — 極秘 (Gokuhi) / 特定秘密 (Tokutei Himitsu) · JP"))
                .andExpect(jsonPath("$.visitors[0].passportNumber").value("C01X00T47"))
                .andExpect(jsonPath("$.sites.length()").value(1))
                .andExpect(jsonPath("$.decisionDueDate").exists())
                .andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(answer, "$.reference");

        mvc.perform(as("applicant.de", get(PATH + "/" + reference)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.purpose").value("Design review of the sonar integration"));
        assertThat(listOf("applicant.de")).contains(reference);
    }

    @Test
    void anotherOrganisationsRequestIsInvisible() throws Exception {
        String reference = submitted("applicant.de");

        mvc.perform(as("applicant.jp", get(PATH + "/" + reference)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(listOf("applicant.jp")).doesNotContain(reference);
        mvc.perform(as("applicant.jp", put(PATH + "/" + reference)).contentType(MediaType.APPLICATION_JSON)
                        .content(valid().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(as("applicant.jp", post(PATH + "/" + reference + "/cancellation")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownReferenceIsNotFound() throws Exception {
        mvc.perform(as("applicant.de", get(PATH + "/VR-1999-000001")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/visit-request-not-found"));
    }

    @Test
    void anAmendmentReplacesTheApplicantsData() throws Exception {
        String reference = submitted("applicant.de");
        ObjectNode amended = valid();
        amended.put("endDate", LocalDate.parse(amended.get("endDate").asText()).plusDays(1).toString());

        mvc.perform(as("applicant.de", put(PATH + "/" + reference)).contentType(MediaType.APPLICATION_JSON)
                        .content(amended.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endDate").value(amended.get("endDate").asText()));
    }

    @Test
    void aCancelledRequestCannotBeCancelledAgain() throws Exception {
        String reference = submitted("applicant.de");

        mvc.perform(as("applicant.de", post(PATH + "/" + reference + "/cancellation"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Programme postponed\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as("applicant.de", post(PATH + "/" + reference + "/cancellation")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/visit-request-closed"));
        mvc.perform(as("applicant.de", get(PATH + "/" + reference)))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void onlyApplicantsMayUseTheApi() throws Exception {
        mvc.perform(as("officer.de1", get(PATH))).andExpect(status().isForbidden());
        mvc.perform(as("officer.de1", get(PATH + "/VR-1999-000001"))).andExpect(status().isForbidden());
        mvc.perform(as("facility.jp", post(PATH)).contentType(MediaType.APPLICATION_JSON).content(valid().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(valid().toString()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionIsForLoggedInUsersAndDescribesTheApi() throws Exception {
        // issue 14: not public in production, it tells a prober what to try
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(httpBasic("applicant.de", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(containsString("\"/api/visit-requests\"")))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"));
    }

    private String openTask(String reference, String userId, String taskKey) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + taskKey + " for " + userId)).taskId();
    }

    /** A client system learns every outcome, also of decisions one officer takes alone (below the four-eyes level). */
    @Test
    void aRejectionByOneOfficerReachesTheClientWithItsReasonCodeAndReason() throws Exception {
        ObjectNode body = valid();
        body.put("levelId", "DE-VSV");
        ((ObjectNode) body.get("visitors").get(0)).put("clearanceLevelId", "DE-VSV");
        String answer = submit("applicant.de", body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String reference = JsonPath.read(answer, "$.reference");
        tasks.certify(openTask(reference, "officer.de1", "certifyClearances"), "officer.de1", true, null);
        tasks.decide(openTask(reference, "officer.jp1", "reviewRequest"), "officer.jp1", HostAuthorityDecision.REJECT,
                null, null, RejectionReason.NO_NEED_TO_KNOW, "No need-to-know shown for building 3.");

        mvc.perform(as("applicant.de", get(PATH + "/" + reference)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decision.outcome").value("REJECT"))
                .andExpect(jsonPath("$.decision.reasonCode").value("NO_NEED_TO_KNOW"))
                .andExpect(jsonPath("$.decision.reason").value("No need-to-know shown for building 3."));
    }

    @Test
    void anApprovalBelowTheFourEyesLevelReachesTheClientWithItsReleasableLevel() throws Exception {
        ObjectNode body = valid();
        body.put("levelId", "DE-VSV");
        ((ObjectNode) body.get("visitors").get(0)).put("clearanceLevelId", "DE-VSV");
        String answer = submit("applicant.de", body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String reference = JsonPath.read(answer, "$.reference");
        tasks.certify(openTask(reference, "officer.de1", "certifyClearances"), "officer.de1", true, null);
        tasks.decide(openTask(reference, "officer.jp2", "reviewRequest"), "officer.jp2",
                HostAuthorityDecision.APPROVE_WITH_CONDITIONS, "DE-VSV", "Building 3 only.", null, null);

        mvc.perform(as("applicant.de", get(PATH + "/" + reference)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_ACKNOWLEDGEMENT"))
                .andExpect(jsonPath("$.decision.outcome").value("APPROVE_WITH_CONDITIONS"))
                .andExpect(jsonPath("$.decision.releasableLevel.id").value("DE-VSV"))
                .andExpect(jsonPath("$.decision.conditions").value("Building 3 only."));
    }
}

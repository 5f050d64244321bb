package org.gsoia.workflow.visit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.api.StrictJson;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.InvalidVisitRequestException;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestClosedException;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequestFixtures;
import org.gsoia.workflow.visit.VisitRequestLine;
import org.gsoia.workflow.visit.VisitRequestNotFoundException;
import org.gsoia.workflow.visit.VisitRequestSamples;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.visit.VisitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The API's mapping and error handling on their own: the service is a mock, so these tests say nothing about the
 * rules themselves (see {@code VisitRequestApiIT}), only how requests and answers are translated. JSON is read as
 * the application reads it ({@link StrictJson}).
 */
@WebMvcTest(VisitRequestApi.class)
@Import(StrictJson.class)
@WithMockUser(username = "applicant.de", roles = "APPLICANT")
class VisitRequestApiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final String REFERENCE = "VR-2026-000042";
    private static final String PATH = "/api/visit-requests";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @MockitoBean
    VisitRequests requests;
    @MockitoBean
    UserDirectory users;
    @MockitoBean
    DualMarkingFormatter markings;

    @BeforeEach
    void applicantOfNordwerk() {
        when(users.find("applicant.de")).thenReturn(Optional.of(new UserAccount("applicant.de", "Anna", "Becker", null,
                "DE-NORDWERK", Locale.GERMAN, Set.of(Role.APPLICANT))));
        when(markings.format(anyString(), anyString(), anyString(), any())).thenAnswer(call ->
                call.getArgument(1) + " towards " + call.getArgument(2) + " in " + call.<Locale>getArgument(3));
    }

    private static VisitRequest request(String organisationId) {
        VisitRequest request = VisitRequestFixtures.unsaved(REFERENCE, "JP-DE-2021", "DE", "JP", "applicant.de", organisationId,
                VisitRequestSamples.valid(TODAY), OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC));
        VisitRequestFixtures.scheduleDecision(request, TODAY.plusDays(30));
        return request;
    }

    private String validJson() throws Exception {
        return json.writeValueAsString(VisitRequestSamples.valid(TODAY));
    }

    private ResultActions submit(String body, String language) throws Exception {
        var builder = post(PATH).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(language == null ? builder : builder.header("Accept-Language", language));
    }

    @Test
    void submitAnswers201WithLocationAndTheRequestAsTheHostWillReadIt() throws Exception {
        when(requests.submit(any(), eq("applicant.de"))).thenReturn(request("DE-NORDWERK"));

        submit(validJson(), "ja")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith(PATH + "/" + REFERENCE)))
                .andExpect(jsonPath("$.reference").value(REFERENCE))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.sendingParty").value("DE"))
                .andExpect(jsonPath("$.hostParty").value("JP"))
                .andExpect(jsonPath("$.level.id").value("DE-GEHEIM"))
                .andExpect(jsonPath("$.level.dualMarking").value("DE-GEHEIM towards JP in ja"))
                .andExpect(jsonPath("$.startDate").value(TODAY.plusDays(40).toString()))
                .andExpect(jsonPath("$.decisionDueDate").value(TODAY.plusDays(30).toString()))
                .andExpect(jsonPath("$.sites[0].contactEmail").value("security@minato.invalid"))
                .andExpect(jsonPath("$.visitors[0].passportNumber").value("C01X00T47"))
                .andExpect(jsonPath("$.visitors[0].consentGiven").value(true))
                .andExpect(jsonPath("$.decision").doesNotExist());

        ArgumentCaptor<VisitRequestData> sent = ArgumentCaptor.forClass(VisitRequestData.class);
        verify(requests).submit(sent.capture(), eq("applicant.de"));
        assertThat(sent.getValue()).isEqualTo(VisitRequestSamples.valid(TODAY));
    }

    @Test
    void anInvalidRequestIsAProblemDocumentListingEveryFieldWithItsMessageInEnglishByDefault() throws Exception {
        when(requests.submit(any(), anyString())).thenThrow(new InvalidVisitRequestException(List.of(
                FieldProblem.of("startDate", "validation.leadTime", LocalDate.of(2026, 4, 1)),
                FieldProblem.of("visitors[0].passportNumber", "validation.passportNumber"),
                FieldProblem.of("endDate", "validation.recurringTooLong", 12))));

        submit(validJson(), null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/invalid-visit-request"))
                .andExpect(jsonPath("$.title").value("Invalid visit request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("Nothing was saved")))
                .andExpect(jsonPath("$.instance").value(PATH))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].code").value("validation.leadTime"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Too short notice: the visit can start on 2026-04-01 at the earliest."))
                .andExpect(jsonPath("$.errors[1].field").value("visitors[0].passportNumber"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("6 to 20 capital letters")))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("at most 12 months")));
    }

    @Test
    void messagesFollowAcceptLanguageAndFallBackToEnglish() throws Exception {
        when(requests.submit(any(), anyString())).thenThrow(new InvalidVisitRequestException(List.of(
                FieldProblem.of("startDate", "validation.leadTime", LocalDate.of(2026, 4, 1)))));

        submit(validJson(), "de-DE,de;q=0.9,en;q=0.5")
                .andExpect(jsonPath("$.title").value("Ungültiger Besuchsantrag"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Zu kurzfristig: Der Besuch kann frühestens am 2026-04-01 beginnen."));
        submit(validJson(), "ja")
                .andExpect(jsonPath("$.title").value("訪問申請が無効です"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2026-04-01")));
        submit(validJson(), "fr-FR")
                .andExpect(jsonPath("$.title").value("Invalid visit request"));
        submit(validJson(), "not a language;q=x")
                .andExpect(jsonPath("$.title").value("Invalid visit request"));
    }

    @Test
    void malformedJsonIsAProblemDocumentWithoutStackTraceAndNothingIsSubmitted() throws Exception {
        submit("{\"type\": \"ONE_TIME\",\n \"purpose\": ", null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/unreadable-body"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.malformed"))
                .andExpect(jsonPath("$.errors[0].field").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("line 2")))
                .andExpect(content().string(not(containsString("Exception"))));
        verify(requests, never()).submit(any(), anyString());
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        ObjectNode body = json.valueToTree(VisitRequestSamples.valid(TODAY));
        body.put("type", "WEEKLY");

        submit(body.toString(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.enum"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ONE_TIME, RECURRING, EMERGENCY")));
    }

    @Test
    void aWrongDateFormatNamesTheNestedField() throws Exception {
        ObjectNode body = json.valueToTree(VisitRequestSamples.valid(TODAY));
        ((ObjectNode) body.withArray("visitors").get(0)).put("dateOfBirth", "12.04.1985");

        submit(body.toString(), "de")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visitors[0].dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("JJJJ-MM-TT")));
    }

    @Test
    void wrongKindsOfValuesNameTheFieldAndWhatItExpects() throws Exception {
        ObjectNode notAList = json.valueToTree(VisitRequestSamples.valid(TODAY));
        notAList.put("visitors", "everyone");
        submit(notAList.toString(), null)
                .andExpect(jsonPath("$.errors[0].field").value("visitors"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.type"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("array")));

        ObjectNode notABoolean = json.valueToTree(VisitRequestSamples.valid(TODAY));
        ((ObjectNode) notABoolean.withArray("visitors").get(0)).put("consentGiven", "maybe");
        submit(notABoolean.toString(), null)
                .andExpect(jsonPath("$.errors[0].field").value("visitors[0].consentGiven"))
                .andExpect(jsonPath("$.errors[0].code").value("api.json.boolean"));

        ObjectNode notAText = json.valueToTree(VisitRequestSamples.valid(TODAY));
        notAText.putObject("purpose");
        submit(notAText.toString(), null)
                .andExpect(jsonPath("$.errors[0].field").value("purpose"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("string")));
        verify(requests, never()).submit(any(), anyString());
    }

    @Test
    void aMissingBodyIsNamedAsSuch() throws Exception {
        mvc.perform(post(PATH).with(csrf()).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("api.json.missing"));
    }

    @Test
    void theListShowsOnePageOfTheOrganisationsRequestsInSummary() throws Exception {
        VisitRequestLine line = new VisitRequestLine(REFERENCE, VisitStatus.SUBMITTED, VisitType.ONE_TIME,
                TODAY.plusDays(40), TODAY.plusDays(41), "JP-MINATO-YOK", TODAY.plusDays(30), false, null);
        // one more than the page size is asked for, to learn whether a next page exists
        when(requests.ofOwnOrganisation("applicant.de", null, 0, 51)).thenReturn(List.of(line));

        mvc.perform(get(PATH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].reference").value(REFERENCE))
                .andExpect(jsonPath("$.items[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.items[0].type").value("ONE_TIME"))
                .andExpect(jsonPath("$.items[0].hostFacilityId").value("JP-MINATO-YOK"))
                .andExpect(jsonPath("$.items[0].decisionDueDate").value(TODAY.plusDays(30).toString()))
                .andExpect(jsonPath("$.items[0].visitors").doesNotExist())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.more").value(false));
    }

    @Test
    void theListPagesFiltersByStatusAndSaysWhetherMoreFollow() throws Exception {
        VisitRequestLine line = new VisitRequestLine(REFERENCE, VisitStatus.APPROVED, VisitType.ONE_TIME,
                TODAY.plusDays(40), TODAY.plusDays(41), "JP-MINATO-YOK", TODAY.plusDays(30), false, null);
        when(requests.ofOwnOrganisation("applicant.de", VisitStatus.APPROVED, 4, 3))
                .thenReturn(List.of(line, line, line));

        mvc.perform(get(PATH).param("status", "APPROVED").param("page", "2").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.more").value(true));
    }

    @Test
    void aPageOutOfRangeOrAnUnknownStatusIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get(PATH).param("page", "-1").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[1].field").value("size"));
        mvc.perform(get(PATH).param("status", "MAYBE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", containsString("APPROVED")));
        mvc.perform(get(PATH).param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        // a page whose offset no row can have (page × size beyond an int) is named, not a 500
        mvc.perform(get(PATH).param("page", "20000000").param("size", "200"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        verify(requests, never()).ofOwnOrganisation(any(), any(), org.mockito.ArgumentMatchers.anyInt(),
                org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void anotherOrganisationsRequestIsNotFoundJustLikeAnUnknownOne() throws Exception {
        when(requests.find(REFERENCE, "applicant.de")).thenReturn(Optional.of(request("DE-RHEINTAL")));
        when(requests.find("VR-2026-999999", "applicant.de")).thenReturn(Optional.empty());

        String foreign = mvc.perform(get(PATH + "/" + REFERENCE))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/visit-request-not-found"))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get(PATH + "/VR-2026-999999"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(foreign.replace(REFERENCE, "?")).isEqualTo(unknown.replace("VR-2026-999999", "?"));
    }

    @Test
    void anOwnRequestShowsTheDecisionOnlyOnceTheSecondOfficerHasConfirmedIt() throws Exception {
        VisitRequest request = request("DE-NORDWERK");
        VisitRequestFixtures.decide(request, HostAuthorityDecision.APPROVE_WITH_CONDITIONS, "DE-VSV", "Building 3 only", null,
                null, "officer.jp1", OffsetDateTime.of(2026, 3, 20, 1, 0, 0, 0, ZoneOffset.UTC));
        VisitRequestFixtures.changeStatus(request, VisitStatus.AWAITING_CONFIRMATION);
        when(requests.find(REFERENCE, "applicant.de")).thenReturn(Optional.of(request));

        mvc.perform(get(PATH + "/" + REFERENCE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(REFERENCE))
                .andExpect(jsonPath("$.decision").doesNotExist());

        VisitRequestFixtures.confirm(request, "officer.jp2");
        VisitRequestFixtures.changeStatus(request, VisitStatus.AWAITING_ACKNOWLEDGEMENT);
        mvc.perform(get(PATH + "/" + REFERENCE))
                .andExpect(jsonPath("$.decision.outcome").value("APPROVE_WITH_CONDITIONS"))
                .andExpect(jsonPath("$.decision.conditions").value("Building 3 only"))
                .andExpect(jsonPath("$.decision.releasableLevel.id").value("DE-VSV"))
                .andExpect(jsonPath("$.decision.releasableLevel.dualMarking").value("DE-VSV towards JP in en"))
                .andExpect(content().string(not(containsString("officer.jp"))));
    }

    @Test
    void amendAnswers200WithTheAmendedRequestAnd409WhenClosed() throws Exception {
        when(requests.amend(eq(REFERENCE), any(), eq("applicant.de"), isNull())).thenReturn(request("DE-NORDWERK"));
        mvc.perform(put(PATH + "/" + REFERENCE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(validJson()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(REFERENCE));

        when(requests.amend(eq(REFERENCE), any(), eq("applicant.de"), isNull()))
                .thenThrow(new VisitRequestClosedException(REFERENCE));
        mvc.perform(put(PATH + "/" + REFERENCE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(validJson()).header("Accept-Language", "de"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:gsoia.org,2025:problems/visit-request-closed"))
                .andExpect(jsonPath("$.title").value("Besuchsantrag abgeschlossen"));
    }

    @Test
    void amendingAnotherOrganisationsRequestIsNotFound() throws Exception {
        when(requests.amend(eq(REFERENCE), any(), eq("applicant.de"), isNull()))
                .thenThrow(new VisitRequestNotFoundException(REFERENCE));
        mvc.perform(put(PATH + "/" + REFERENCE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(validJson()))
                .andExpect(status().isNotFound());
    }

    @Test
    void cancellationAnswers204WithOrWithoutReasonAnd409WhenClosed() throws Exception {
        mvc.perform(post(PATH + "/" + REFERENCE + "/cancellation").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Programme postponed\"}"))
                .andExpect(status().isNoContent());
        verify(requests).cancel(REFERENCE, "Programme postponed", "applicant.de", null);

        mvc.perform(post(PATH + "/" + REFERENCE + "/cancellation").with(csrf()))
                .andExpect(status().isNoContent());
        verify(requests).cancel(REFERENCE, null, "applicant.de", null);

        doThrow(new VisitRequestClosedException(REFERENCE)).when(requests).cancel(REFERENCE, null, "applicant.de", null);
        mvc.perform(post(PATH + "/" + REFERENCE + "/cancellation").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWithAnIncidentNumberAndNoInternals() throws Exception {
        when(requests.submit(any(), anyString())).thenThrow(new IllegalStateException("secret internals"));

        submit(validJson(), null)
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("incident number: ")))
                .andExpect(content().string(not(containsString("secret internals"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}

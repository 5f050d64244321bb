package org.gsoia.workflow.visit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequestSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile text against the API on PostgreSQL, which refuses NUL where H2 takes it: a control character in any text
 * field is a 400 naming that field, never a 500. Tab and line breaks are text in the multi-line fields only.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class VisitRequestHostileTextIT {

    private static final String PATH = "/api/visit-requests";

    /** NUL, which PostgreSQL cannot store; other C0 and C1 controls; DEL; the Unicode line separator. */
    static final List<String> HOSTILE = List.of("U+0000", "U+0001", "U+001B", "U+007F", "U+0085", "U+2028");

    /** The fields that are paragraphs rather than lines. */
    static final List<String> MULTI_LINE = List.of("purpose", "emergencyJustification", "priorCoordinationNote");

    /** A request to amend and cancel, filed once for all tests of this class. */
    private static String amendable;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    LeadTimes leadTimes;

    /** Every String component of the request's records, named as the validator names it (sites[0].name, ...). */
    static Stream<String> textFields() {
        return textFields(VisitRequestData.class, "");
    }

    private static Stream<String> textFields(Class<?> record, String prefix) {
        return Arrays.stream(record.getRecordComponents()).flatMap(component -> {
            if (component.getType() == String.class) {
                return Stream.of(prefix + component.getName());
            }
            if (component.getType() == List.class) {
                Class<?> row = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                return textFields(row, prefix + component.getName() + "[0].");
            }
            return Stream.empty();
        });
    }

    static Stream<Arguments> everyTextFieldWithEachHostileCharacter() {
        return textFields().flatMap(field -> HOSTILE.stream().map(character -> Arguments.of(field, character)));
    }

    static Stream<String> singleLineFields() {
        return textFields().filter(field -> !MULTI_LINE.contains(field));
    }

    private static String character(String codePoint) {
        return Character.toString(Integer.parseInt(codePoint.substring(2), 16));
    }

    /** A valid request with every text field filled, the optional notes of an emergency included. */
    private ObjectNode valid() {
        return json.<ObjectNode>valueToTree(VisitRequestSamples.valid(leadTimes.today("JP")))
                .put("emergencyJustification", "Sea trial moved forward")
                .put("priorCoordinationNote", "Agreed with ATLA by phone");
    }

    /** The body with the text inserted after the first character of the field's value. */
    private ObjectNode with(String field, String text) {
        ObjectNode body = valid();
        ObjectNode holder = body;
        String name = field;
        int row = field.indexOf("[0].");
        if (row > 0) {
            holder = (ObjectNode) body.get(field.substring(0, row)).get(0);
            name = field.substring(row + "[0].".length());
        }
        String value = holder.get(name).asText();
        holder.put(name, value.charAt(0) + text + value.substring(1));
        return body;
    }

    private static MockHttpServletRequestBuilder asApplicant(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("applicant.de", "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    private ResultActions submit(ObjectNode body) throws Exception {
        return mvc.perform(asApplicant(post(PATH)).content(body.toString()));
    }

    private String submitted() throws Exception {
        String answer = submit(valid()).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.reference");
    }

    private String amendable() throws Exception {
        if (amendable == null) {
            amendable = submitted();
        }
        return amendable;
    }

    private static void expectRefused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "' && @.code == 'validation.controlCharacters')]")
                        .exists());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyTextFieldWithEachHostileCharacter")
    void aControlCharacterInAnyTextFieldIsA400NamingTheField(String field, String codePoint) throws Exception {
        expectRefused(submit(with(field, character(codePoint))), field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void anAmendmentWithNulInAnyTextFieldIsA400NamingTheField(String field) throws Exception {
        expectRefused(mvc.perform(asApplicant(put(PATH + "/" + amendable()))
                .content(with(field, "\u0000").toString())), field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleLineFields")
    void aTabOrLineBreakInASingleLineFieldIsA400(String field) throws Exception {
        expectRefused(submit(with(field, "\t")), field);
        expectRefused(submit(with(field, "\n")), field);
    }

    @Test
    void tabsAndLineBreaksAreTextInTheMultiLineFields() throws Exception {
        ObjectNode body = valid();
        MULTI_LINE.forEach(field -> body.put(field, "First line\r\n\tindented second line\nthird line"));

        String answer = submit(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        mvc.perform(asApplicant(get(PATH + "/" + JsonPath.read(answer, "$.reference"))))
                .andExpect(jsonPath("$.purpose").value("First line\r\n\tindented second line\nthird line"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"U+0000", "U+0001", "U+001B", "U+007F", "U+0085", "U+2028"})
    void aControlCharacterInTheCancellationReasonIsA400AndTheRequestStaysOpen(String codePoint) throws Exception {
        String reference = submitted();
        ObjectNode cancellation = json.createObjectNode().put("reason", "Programme" + character(codePoint) + " postponed");

        expectRefused(mvc.perform(asApplicant(post(PATH + "/" + reference + "/cancellation"))
                .content(cancellation.toString())), "reason");

        String status = mvc.perform(asApplicant(get(PATH + "/" + reference))).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(status, "$.status")).isNotEqualTo("CANCELLED");
    }

    @Test
    void aCancellationReasonMayHaveSeveralLines() throws Exception {
        mvc.perform(asApplicant(post(PATH + "/" + submitted() + "/cancellation"))
                        .content(json.createObjectNode().put("reason", "Programme postponed.\r\n\tNew date follows.")
                                .toString()))
                .andExpect(status().isNoContent());
    }
}

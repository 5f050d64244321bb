package org.gsoia.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.http.MockHttpInputMessage;

/** The mapper as the application builds it, on a body shaped like the API's: each coercion Jackson allows refused. */
class StrictJsonTest {

    enum Kind { ONE_TIME, RECURRING }

    record Visitor(String name, LocalDate dateOfBirth, Boolean consentGiven) {
    }

    record Request(Kind type, boolean handCarry, String purpose, List<Visitor> visitors,
                   OffsetDateTime discoveredAt) {
    }

    private final ObjectMapper json = strictMapper();

    private static ObjectMapper strictMapper() {
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        new StrictJson().strictJsonReading().customize(builder);
        return builder.build();
    }

    /** A valid body with one field ({@code purpose}, {@code visitors.consentGiven}) set to the JSON value. */
    private String request(String field, String value) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree("""
                {"type": "ONE_TIME", "handCarry": false, "purpose": "Design review",
                 "visitors": [{"name": "Anna", "dateOfBirth": "1985-04-12", "consentGiven": true}],
                 "discoveredAt": "2026-03-29T03:30:00+02:00"}""");
        ObjectNode holder = field.startsWith("visitors.") ? (ObjectNode) body.get("visitors").get(0) : body;
        holder.set(field.substring(field.indexOf('.') + 1), json.readTree(value));
        return body.toString();
    }

    @Test
    void whatTheApiDocumentsIsReadAsBefore() throws Exception {
        Request read = json.readValue(request("type", "\"RECURRING\""), Request.class);

        assertThat(read).isEqualTo(new Request(Kind.RECURRING, false, "Design review",
                List.of(new Visitor("Anna", LocalDate.of(1985, 4, 12), true)),
                OffsetDateTime.parse("2026-03-29T01:30:00Z")));
        assertThat(json.readValue(request("visitors.consentGiven", "null"), Request.class).visitors().get(0)
                .consentGiven()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"type=0", "type=\"\"", "handCarry=1", "handCarry=\"false\"", "handCarry=\"\"",
            "purpose=42", "purpose=1.5", "purpose=true", "visitors.dateOfBirth=0", "visitors.dateOfBirth=\"\"",
            "visitors.consentGiven=-1", "visitors.consentGiven=1.0", "visitors.consentGiven=\"true\"",
            "visitors.consentGiven=\"\"", "discoveredAt=42", "discoveredAt=1.5"})
    void noScalarIsCoerced(String assignment) throws Exception {
        String[] fieldAndValue = assignment.split("=", 2);
        String body = request(fieldAndValue[0], fieldAndValue[1]);

        assertThatThrownBy(() -> json.readValue(body, Request.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void anUnknownPropertyIsNamedWithItsPath() throws Exception {
        String body = request("visitors.middleName", "\"Maria\"");
        Throwable unknown = catchThrowable(() -> json.readValue(body, Request.class));

        assertThat(UnreadableBody.problem(new HttpMessageNotReadableException("unreadable", unknown,
                new MockHttpInputMessage(new byte[0]))))
                .isEqualTo(FieldProblem.of("visitors[0].middleName", "api.json.unknownProperty", "middleName"));
    }

    /** The hostile-input suite's last finding: a valid body with something after it was read as the valid body. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"}{", " {}", " 42"})
    void somethingAfterTheBodyIsMalformedJson(String trailing) throws Exception {
        String body = request("type", "\"RECURRING\"") + trailing;
        assertThatThrownBy(() -> json.readValue(body, Request.class))
                .isInstanceOfSatisfying(com.fasterxml.jackson.core.JsonProcessingException.class,
                        refused -> assertThat(UnreadableBody.problem(
                                new org.springframework.http.converter.HttpMessageNotReadableException("unreadable",
                                        refused, new org.springframework.mock.http.MockHttpInputMessage(body.getBytes())))
                                .messageKey()).isEqualTo("api.json.malformed"));
    }
}

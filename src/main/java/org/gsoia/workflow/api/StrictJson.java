package org.gsoia.workflow.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's JSON is read as the API documents it, and nothing else is guessed: Jackson's defaults took
 * {@code "type": 0} for the first enum constant, {@code "dateOfBirth": 0} for 1970-01-01, {@code -1} or
 * {@code "true"} for consent to transfer personal data, {@code "discoveredAt": 42} for 42 seconds after midnight of
 * 1 January 1970, and dropped a misspelt property silently. Now each of these
 * is an error {@link UnreadableBody} names. Camunda's REST API and springdoc keep ObjectMappers of their own.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        // a body is one JSON value: "{...}{" is malformed, not a request with something after it
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .deserializerByType(OffsetDateTime.class, new MomentAsText())
                .postConfigurer(StrictJson::refuseCoercion);
    }

    /** What {@code ALLOW_COERCION_OF_SCALARS} leaves out: texts, empty strings and dates from numbers. */
    static void refuseCoercion(ObjectMapper mapper) {
        // not lenient: a date is YYYY-MM-DD, not a day number
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType noValue : new LogicalType[] {LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(noValue).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }

    /**
     * A moment is ISO-8601 text with its offset. Jackson's own reader takes a number for seconds since 1970 whatever
     * the leniency, so a breach "discovered at 42" was reported for 1970; a number is now a mismatch like any other.
     */
    static final class MomentAsText extends StdDeserializer<OffsetDateTime> {

        MomentAsText() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
        }
    }
}

package org.gsoia.workflow.visit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.gsoia.workflow.procedure.MultiLine;
import org.gsoia.workflow.procedure.SingleLine;
import org.gsoia.workflow.visit.VisitRequestData;
import org.junit.jupiter.api.Test;

/**
 * Every text the API reads states whether it is one line or several, so that no field, today's or a new one, lets
 * control characters through to the database.
 */
class ApiTextFieldsTest {

    /** The bodies the API reads; the records they hold are followed. */
    private static final List<Class<?>> BODIES = List.of(VisitRequestData.class, CancellationData.class);

    private static final List<String> MULTI_LINE = List.of("VisitRequestData.purpose",
            "VisitRequestData.emergencyJustification", "VisitRequestData.priorCoordinationNote", "CancellationData.reason");

    @Test
    void everyTextOfTheApisBodiesIsSingleLineOrMultiLine() {
        List<RecordComponent> texts = new ArrayList<>();
        BODIES.forEach(body -> collectTexts(body, texts));

        assertThat(texts).hasSizeGreaterThanOrEqualTo(23);
        assertThat(texts).allSatisfy(text -> assertThat(text.isAnnotationPresent(SingleLine.class)
                ^ text.isAnnotationPresent(MultiLine.class)).as("%s has @SingleLine or @MultiLine", name(text)).isTrue());
        assertThat(texts).filteredOn(text -> text.isAnnotationPresent(MultiLine.class)).extracting(ApiTextFieldsTest::name)
                .containsExactlyInAnyOrderElementsOf(MULTI_LINE);
    }

    private static void collectTexts(Class<?> record, List<RecordComponent> texts) {
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = component.getType();
            if (type == List.class) {
                type = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            }
            if (type == String.class) {
                texts.add(component);
            } else if (type.isRecord()) {
                collectTexts(type, texts);
            }
        }
    }

    private static String name(RecordComponent component) {
        return component.getDeclaringRecord().getSimpleName() + "." + component.getName();
    }
}

package org.gsoia.workflow.visit.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four-eyes table of {@code visit-four-eyes}: a second officer for SECRET and TOP SECRET visits only. */
@Deployment(resources = "bpmn/visit-four-eyes.dmn")
class VisitFourEyesDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    @ParameterizedTest
    @CsvSource({"TOP_SECRET, true", "SECRET, true", "CONFIDENTIAL, false", "RESTRICTED, false"})
    void eachLevelHasItsAnswer(String level, boolean fourEyesRequired) {
        DmnDecisionTableResult result = evaluate(level);

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("fourEyesRequired");
        assertThat((Boolean) result.getSingleEntry()).isEqualTo(fourEyesRequired);
    }

    /** No answer rather than a guess: the process then stops instead of skipping the confirmation. */
    @ParameterizedTest
    @CsvSource({"GEHEIM", "secret", "''"})
    void levelOutsideTheTableHasNoAnswer(String level) {
        assertThat(evaluate(level)).isEmpty();
    }

    @Test
    void missingLevelHasNoAnswer() {
        assertThat(ENGINE.getDecisionService().evaluateDecisionTableByKey("visit-four-eyes", Variables.createVariables()))
                .isEmpty();
    }

    private DmnDecisionTableResult evaluate(String level) {
        return ENGINE.getDecisionService().evaluateDecisionTableByKey("visit-four-eyes",
                Variables.createVariables().putValue("visitReferenceLevel", level));
    }
}

package org.gsoia.workflow.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the model reader tells variables from beans, methods, literals and keywords in an expression. */
class ModelVariablesTest {

    @Test
    void comparisonsReadTheirVariable() {
        assertThat(ModelVariables.expressions("${decision == 'APPROVE' || decision == 'APPROVE_WITH_CONDITIONS'}"))
                .containsExactly("decision", "decision");
        assertThat(ModelVariables.expressions("${intakeComplete == false}")).containsExactly("intakeComplete");
    }

    @Test
    void beansMethodsAndTheExecutionAreNotVariables() {
        assertThat(ModelVariables.expressions("${visitCaseSteps.checkIntake(execution)}")).isEmpty();
        assertThat(ModelVariables.expressions("${execution.getVariable('x')}")).isEmpty();
    }

    @Test
    void wordsInsideStringsAreNotVariables() {
        assertThat(ModelVariables.expressions("${status eq \"decision\" and not empty reviewer}"))
                .containsExactly("status", "reviewer");
    }

    @Test
    void textWithoutExpressionReadsNothing() {
        assertThat(ModelVariables.expressions("P1826D")).isEmpty();
        assertThat(ModelVariables.identifiers("visitReferenceLevel")).containsExactly("visitReferenceLevel");
    }
}

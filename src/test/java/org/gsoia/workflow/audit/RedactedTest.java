package org.gsoia.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 14, finding 11: incidents go to the log with their stack trace but without user ids or case content. */
class RedactedTest {

    @Test
    void theLoggedTraceKeepsClassesAndFramesButNoMessage() {
        var cause = new IllegalArgumentException("value 'Taro Yamada' too long");
        var failure = new IllegalStateException("The user with id 'applicant.de' does not have 'CREATE' permission",
                cause);

        StringWriter logged = new StringWriter();
        Redacted.of(failure).printStackTrace(new PrintWriter(logged));

        assertThat(logged.toString())
                .doesNotContain("applicant.de").doesNotContain("Taro Yamada")
                .contains(IllegalStateException.class.getName()).contains(IllegalArgumentException.class.getName())
                .contains("RedactedTest.theLoggedTraceKeepsClassesAndFramesButNoMessage");
    }
}

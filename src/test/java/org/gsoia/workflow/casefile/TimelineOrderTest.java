package org.gsoia.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline tells the story in order, also where one transaction gave several entries the same moment. */
class TimelineOrderTest {

    private static final Instant SAME = Instant.parse("2026-12-02T09:00:00Z");

    private static TimelineEntry entry(Instant at, TimelineEntry.Kind kind, String text) {
        return new TimelineEntry(at, kind, "", text, "");
    }

    @Test
    void entriesOfOneMomentFollowTheProcess() {
        // recorded as the engine's history and the audit trail give them: engine entries first, actions after
        List<TimelineEntry> recorded = List.of(
                entry(SAME, TimelineEntry.Kind.TASK_OPENED, "review opened"),
                entry(SAME, TimelineEntry.Kind.TASK_COMPLETED, "certification completed"),
                entry(SAME.minusSeconds(60), TimelineEntry.Kind.PROCESS_STARTED, "started"),
                entry(SAME.minusSeconds(60), TimelineEntry.Kind.TASK_OPENED, "certification opened"),
                entry(SAME.minusSeconds(60), TimelineEntry.Kind.ACTION, "request submitted"),
                entry(SAME, TimelineEntry.Kind.ACTION, "clearances certified"));

        assertThat(CaseEngine.sorted(recorded)).extracting(TimelineEntry::text).containsExactly("started",
                "request submitted", "certification opened", "certification completed", "clearances certified",
                "review opened");
    }
}

package org.gsoia.workflow.casefile;

import java.util.List;

/**
 * What a procedure tells the case file about one case, already in the reader's language.
 *
 * @param reference       the case reference (also the process instance's business key)
 * @param status          the case's status in the domain's words
 * @param finished        whether the case is closed
 * @param levelMarking    the case's highest classification level in dual marking
 * @param facts           further header facts of the procedure, e.g. the decision due date
 * @param sections        the case's data, section by section
 */
public record CaseFileContent(String reference, String status, boolean finished, String levelMarking,
                              List<Fact> facts, List<Section> sections) {

    public CaseFileContent {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
    }

    /** A labelled value. */
    public record Fact(String label, String value) {
    }

    /** One titled part of the case's data, made of entries (e.g. one per visitor). */
    public record Section(String title, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** A group of facts; the heading may be empty when a section has a single entry. */
    public record Entry(String heading, List<Fact> facts) {
        public Entry {
            facts = List.copyOf(facts);
        }
    }
}

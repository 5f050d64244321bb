package org.gsoia.workflow.metrics;

import java.util.Optional;

/**
 * A figure a procedure adds to the dashboard about the registers it keeps rather than its cases, e.g. how many
 * clearances expire within the attention window. The dashboard shows each under its label, for the party filtered.
 */
public interface RegisterFigure {

    /** Translation key of the figure's label; it receives the attention window in days as its argument. */
    String labelKey();

    /** The window the figure looks ahead, in days. */
    int days();

    /** The figure for one party, or for all parties when empty; negative when there is nothing to measure yet. */
    long count(Optional<String> partyCode);

    /** A figure from its label, window and counting function (most figures are one query). */
    static RegisterFigure of(String labelKey, int days, java.util.function.ToLongFunction<Optional<String>> count) {
        return new RegisterFigure() {
            @Override
            public String labelKey() {
                return labelKey;
            }

            @Override
            public int days() {
                return days;
            }

            @Override
            public long count(Optional<String> partyCode) {
                return count.applyAsLong(partyCode);
            }
        };
    }
}

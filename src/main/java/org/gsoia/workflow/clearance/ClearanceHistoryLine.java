package org.gsoia.workflow.clearance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of a clearance's history: the state after the change, the state before it ({@code null} for the first
 * entry) and the fields that changed, who changed them, when and why, and the language the reason and
 * restrictions were written in.
 */
public record ClearanceHistoryLine(long id, OffsetDateTime changedAt, String changedBy, ClearanceChange after,
                                   ClearanceChange before, List<ClearanceField> changed, String textLanguage) {

    public boolean isFirst() {
        return before == null;
    }
}

package org.gsoia.workflow.task;

import java.util.Locale;

/**
 * The inbox's filter. Blank values mean "any".
 *
 * @param referenceText part of a case reference, matched without regard to case
 */
public record InboxFilter(InboxScope scope, String procedureKey, String partyCode, DueState dueState,
                          String referenceText) {

    public static final int MAX_TEXT = 40;

    public InboxFilter {
        scope = scope == null ? InboxScope.ALL : scope;
        dueState = dueState == null ? DueState.ANY : dueState;
        procedureKey = blankToNull(procedureKey);
        partyCode = blankToNull(partyCode);
        referenceText = blankToNull(referenceText);
        if (referenceText != null) {
            referenceText = referenceText.toUpperCase(Locale.ROOT);
            if (referenceText.length() > MAX_TEXT) {
                referenceText = referenceText.substring(0, MAX_TEXT);
            }
        }
    }

    public static InboxFilter all() {
        return new InboxFilter(InboxScope.ALL, null, null, DueState.ANY, null);
    }

    public InboxFilter withScope(InboxScope newScope) {
        return new InboxFilter(newScope, procedureKey, partyCode, dueState, referenceText);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

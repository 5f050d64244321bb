package org.gsoia.workflow.agreement;

/**
 * How certain an equivalence is. Declared from most to least certain: an equivalence built from several rows
 * reports the least certain of them.
 */
public enum EquivalenceStatus {
    /** Originator and recipient are the same party: the level needs no translation. Never stored. */
    NATIONAL,
    /** Checked against the authentic text of the agreement. */
    VERIFIED,
    /** Taken from the closest analogue agreement; check against the authentic text before go-live. */
    ANALOGUE,
    /** A proposal without a source; must be checked. */
    VERIFY,
    /** Nothing known; stored with "no equivalent". */
    UNKNOWN,
    /** The table has no row for the level and recipient at the reference date. Never stored. */
    NOT_CONFIGURED;

    public boolean needsVerification() {
        return this != NATIONAL && this != VERIFIED;
    }

    static EquivalenceStatus leastCertain(EquivalenceStatus a, EquivalenceStatus b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

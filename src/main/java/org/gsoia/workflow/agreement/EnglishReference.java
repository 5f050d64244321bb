package org.gsoia.workflow.agreement;

/** The common English name of a level, as used in agreements' equivalence tables. It is a label, not a mapping. */
public enum EnglishReference {
    TOP_SECRET,
    SECRET,
    CONFIDENTIAL,
    RESTRICTED
}

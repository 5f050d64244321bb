package org.gsoia.workflow.agreement;

/** Roles a competent authority can hold under an agreement (domain note §2, R-AU-01). */
public enum AuthorityRole {
    /** National Security Authority. */
    NSA,
    /** Designated Security Authority, e.g. for industrial security. */
    DSA,
    /** Receives and decides requests for visit. */
    VISIT_AUTHORITY,
    ORIGINATING_AUTHORITY,
    INVESTIGATING_AUTHORITY,
    DIPLOMATIC_CHANNEL
}

package org.gsoia.workflow.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Camunda groups that route tasks to the right people: one per party's competent authority (e.g.
 * {@code authority-jp}) and one per organisation (e.g. {@code org-jp-minato}, for its applicants and host-facility
 * security officers). Need-to-know starts here: a task is offered only to its candidate group.
 */
public final class CaseGroups {

    /** The start of every authority's group, e.g. for SQL patterns ({@code like 'authority-%'}). */
    public static final String AUTHORITY_PREFIX = "authority-";
    private static final String ORGANISATION_PREFIX = "org-";
    private static final String SECURITY_AUTHORITY_PREFIX = "dsa-";

    private CaseGroups() {
    }

    public static String authority(String partyCode) {
        return AUTHORITY_PREFIX + partyCode.toLowerCase(Locale.ROOT);
    }

    /**
     * The industrial-security officers of a designated security authority (e.g. {@code dsa-de-bmwe}): facility
     * clearance tasks go to the authority the agreement's role data names for them (R-AU-03), which in Germany is
     * not the visit authority.
     */
    public static String securityAuthority(String organisationId) {
        return SECURITY_AUTHORITY_PREFIX + organisationId.toLowerCase(Locale.ROOT);
    }

    /** The authority whose industrial-security group it is ({@code dsa-de-bmwe}: DE-BMWE); empty for any other. */
    public static Optional<String> securityAuthorityOf(String group) {
        return group != null && group.startsWith(SECURITY_AUTHORITY_PREFIX)
                ? Optional.of(group.substring(SECURITY_AUTHORITY_PREFIX.length()).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    public static String organisation(String organisationId) {
        return ORGANISATION_PREFIX + organisationId.toLowerCase(Locale.ROOT);
    }

    /** The party whose authority the group is ({@code authority-jp}: JP); empty for any other group. */
    public static Optional<String> partyOfAuthority(String group) {
        return group != null && group.startsWith(AUTHORITY_PREFIX)
                ? Optional.of(group.substring(AUTHORITY_PREFIX.length()).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The organisation whose group it is ({@code org-jp-minato}: JP-MINATO); empty for any other group. */
    public static Optional<String> organisationOf(String group) {
        return group != null && group.startsWith(ORGANISATION_PREFIX)
                ? Optional.of(group.substring(ORGANISATION_PREFIX.length()).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}

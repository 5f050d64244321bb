package org.gsoia.workflow.security;

import java.util.Locale;

/**
 * Camunda groups that route tasks to the right people: one per party's competent authority (e.g.
 * {@code authority-jp}) and one per organisation (e.g. {@code org-jp-minato}, for its applicants and host-facility
 * security officers). Need-to-know starts here: a task is offered only to its candidate group.
 */
public final class CaseGroups {

    private CaseGroups() {
    }

    public static String authority(String partyCode) {
        return "authority-" + partyCode.toLowerCase(Locale.ROOT);
    }

    public static String organisation(String organisationId) {
        return "org-" + organisationId.toLowerCase(Locale.ROOT);
    }
}

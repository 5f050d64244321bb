package org.gsoia.workflow.security;

import java.util.Locale;
import java.util.Set;

/**
 * A user as the application sees one: Camunda identity (id, names, groups as roles) plus the profile
 * (organisation, preferred language).
 */
public record UserAccount(String userId, String firstName, String lastName, String organisationId,
                          Locale preferredLocale, Set<Role> roles) {

    /** The name as its bearer writes it: Japanese names family name first. */
    public String displayName() {
        return displayName(firstName, lastName);
    }

    public static String displayName(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        boolean familyNameFirst = !last.isEmpty()
                && Character.UnicodeScript.of(last.codePointAt(0)) == Character.UnicodeScript.HAN;
        return (familyNameFirst ? last + " " + first : first + " " + last).strip();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}

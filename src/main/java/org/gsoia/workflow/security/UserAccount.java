package org.gsoia.workflow.security;

import java.util.Locale;
import java.util.Set;

/**
 * A user as the application sees one: Camunda identity (id, names, groups as roles) plus the profile
 * (organisation, preferred language).
 */
public record UserAccount(String userId, String firstName, String lastName, String organisationId,
                          Locale preferredLocale, Set<Role> roles) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}

package org.gsoia.workflow.security;

import java.util.Locale;
import java.util.Set;

/**
 * A user as the application sees one: Camunda identity (id, names, groups as roles) plus the profile
 * (organisation, preferred language).
 */
public record UserAccount(String userId, String firstName, String lastName, String nameLatin, String organisationId,
                          Locale preferredLocale, Set<Role> roles) {

    /** The name as its bearer writes it (Japanese names family name first); the user id when there is none. */
    public String displayName() {
        String name = displayName(firstName, lastName);
        return name.isEmpty() ? userId : name;
    }

    /** "Anna Becker", but "田中 健": a family name in Japanese script comes first. */
    public static String displayName(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        boolean familyNameFirst = last.codePoints().anyMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA -> true;
            default -> false;
        });
        return (familyNameFirst ? last + " " + first : first + " " + last).strip();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}

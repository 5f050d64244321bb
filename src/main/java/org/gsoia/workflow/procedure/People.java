package org.gsoia.workflow.procedure;

import java.util.Locale;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.security.UserAccount;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as a case shows them to its readers: by name as its bearer writes it (Japanese names family name first)
 * and with the authority or company they act for, never by login id. Login ids are for administrators only.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final UserDirectory users;
    private final OrganisationDirectory organisations;

    People(UserDirectory users, OrganisationDirectory organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /** "Hans Vogel", "田中 健"; empty for nobody; the id itself only for a user who no longer exists. */
    public String name(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return users.find(userId).map(UserAccount::displayName).orElse(userId);
    }

    /**
     * The name with the organisation the person acts for, in the reader's language: "Hans Vogel (BAAINBw – …)".
     */
    public String nameAndOrganisation(String userId, Locale locale) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return users.find(userId).map(user -> user.organisationId() == null ? user.displayName()
                        : user.displayName() + " (" + organisations.displayName(user.organisationId(), locale) + ")")
                .orElse(userId);
    }
}

package org.gsoia.workflow.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What GSOIA Workflow knows about a user beyond Camunda's identity tables: the organisation the user
 * belongs to (and through it the party), the language the user chose and the name's romanisation.
 */
@Entity
@Table(name = "user_profile")
public class UserProfile {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "organisation_id", nullable = false)
    private String organisationId;

    @Column(name = "preferred_locale")
    private String preferredLocale;

    /** The name in Latin script when it is written in another ("Tanaka Ken" for 田中 健). */
    @Column(name = "name_latin", length = 200)
    private String nameLatin;

    protected UserProfile() {
    }

    public UserProfile(String userId, String organisationId, String preferredLocale) {
        this.userId = userId;
        this.organisationId = organisationId;
        this.preferredLocale = preferredLocale;
    }

    public String getUserId() {
        return userId;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    void setNameLatin(String nameLatin) {
        this.nameLatin = nameLatin;
    }
}

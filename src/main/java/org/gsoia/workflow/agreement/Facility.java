package org.gsoia.workflow.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A site of an organisation with its facility security clearance (FSC). The level and organisation are fetched
 * eagerly: both are tiny reference rows that every screen showing a facility needs, outside any transaction.
 */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    @Column(name = "id", nullable = false, length = 64)
    private String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    /** Name in the party's own script. */
    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    /** The native name in Latin script, for names in another script (see {@link ReaderNames}). */
    @Column(name = "name_latin", length = 300)
    private String nameLatin;

    @Column(name = "city", nullable = false, length = 100)
    private String city;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "fsc_level_id")
    private ClassificationLevel fscLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "fsc_status", length = 16)
    private FscStatus fscStatus;

    @Column(name = "fsc_expires_on")
    private LocalDate fscExpiresOn;

    /** The highest level the facility may store; may be lower than {@link #fscLevel} or absent (no storage). */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "fsc_storage_level_id")
    private ClassificationLevel fscStorageLevel;

    @Column(name = "fsc_restrictions", length = 1000)
    private String fscRestrictions;

    /** The competent authority that issued (or withdrew) the clearance, an organisation of the facility's party. */
    @Column(name = "fsc_issuing_authority_id", length = 64)
    private String fscIssuingAuthorityId;

    @Column(name = "security_officer", length = 200)
    private String securityOfficer;

    @Column(name = "deputy_security_officer", length = 200)
    private String deputySecurityOfficer;

    /** Where the reasons of a suspension or revocation are on file (they may themselves be classified). */
    @Column(name = "fsc_reasons_reference", length = 200)
    private String fscReasonsReference;

    /** The language the restrictions were written in (a BCP 47 tag such as {@code ja}). */
    @Column(name = "fsc_text_language", length = 8)
    private String fscTextLanguage;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Facility() {
    }

    Facility(String id, Organisation organisation, String name, String nameEn, String city,
            ClassificationLevel fscLevel, FscStatus fscStatus, LocalDate fscExpiresOn) {
        this.id = id;
        this.organisation = organisation;
        this.name = name;
        this.nameEn = nameEn;
        this.city = city;
        this.fscLevel = fscLevel;
        this.fscStatus = fscStatus;
        this.fscExpiresOn = fscExpiresOn;
    }

    public String getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPartyCode() {
        return organisation.getPartyCode();
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public String getCity() {
        return city;
    }

    public Optional<ClassificationLevel> getFscLevel() {
        return Optional.ofNullable(fscLevel);
    }

    public FscStatus getFscStatus() {
        return fscStatus;
    }

    public Optional<LocalDate> getFscExpiresOn() {
        return Optional.ofNullable(fscExpiresOn);
    }

    public Optional<ClassificationLevel> getFscStorageLevel() {
        return Optional.ofNullable(fscStorageLevel);
    }

    public String getFscRestrictions() {
        return fscRestrictions;
    }

    public String getFscIssuingAuthorityId() {
        return fscIssuingAuthorityId;
    }

    public String getSecurityOfficer() {
        return securityOfficer;
    }

    public String getDeputySecurityOfficer() {
        return deputySecurityOfficer;
    }

    public String getFscReasonsReference() {
        return fscReasonsReference;
    }

    public String getFscTextLanguage() {
        return fscTextLanguage;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Records the clearance as the register now states it. Only the clearance procedure calls this, after checking
     * the change and who makes it; the change history is its business too.
     */
    public void recordClearance(FscStatus status, ClassificationLevel level, ClassificationLevel storageLevel,
                                LocalDate expiresOn, String restrictions, String issuingAuthorityId,
                                String securityOfficer, String deputySecurityOfficer, String reasonsReference,
                                String textLanguage) {
        this.fscStatus = status;
        this.fscLevel = level;
        this.fscStorageLevel = storageLevel;
        this.fscExpiresOn = expiresOn;
        this.fscRestrictions = restrictions;
        this.fscIssuingAuthorityId = issuingAuthorityId;
        this.securityOfficer = securityOfficer;
        this.deputySecurityOfficer = deputySecurityOfficer;
        this.fscReasonsReference = reasonsReference;
        this.fscTextLanguage = textLanguage;
    }

    /** VALID status with a level, and not past its expiry date (the expiry date itself still counts). */
    public boolean hasValidFscOn(LocalDate day) {
        return fscStatus == FscStatus.VALID
                && fscLevel != null
                && (fscExpiresOn == null || !day.isAfter(fscExpiresOn));
    }

    /**
     * The gate of R-FC-04 for this facility: a valid FSC on {@code day} at or above {@code required}, which must be
     * a level of the facility's own party (translate foreign levels through the equivalence table first).
     */
    public boolean fscCovers(ClassificationLevel required, LocalDate day) {
        return hasValidFscOn(day) && fscLevel.isAtLeast(required);
    }

    @Override
    public String toString() {
        return id;
    }
}

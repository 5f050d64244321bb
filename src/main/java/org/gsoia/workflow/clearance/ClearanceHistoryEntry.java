package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gsoia.workflow.agreement.FscStatus;

/**
 * One change of a facility's clearance: the register's fields as they stood after it, who made it, when and why.
 * Entries are never edited or deleted; the first one of each seeded facility is the register as it was taken over
 * (by {@link #SYSTEM}).
 */
@Entity
@Table(name = "facility_clearance_change")
public class ClearanceHistoryEntry {

    /** Who took the register over, in the first entry of every facility that existed before its history began. */
    public static final String SYSTEM = "system";

    /** The reason of such a first entry (shown in the reader's language, see the clearance page). */
    public static final String TAKEN_OVER = "Register taken over";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private FscStatus status;

    @Column(name = "level_id")
    private String levelId;

    @Column(name = "storage_level_id")
    private String storageLevelId;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "restrictions")
    private String restrictions;

    @Column(name = "issuing_authority_id")
    private String issuingAuthorityId;

    @Column(name = "security_officer")
    private String securityOfficer;

    @Column(name = "deputy_security_officer")
    private String deputySecurityOfficer;

    @Column(name = "reasons_reference")
    private String reasonsReference;

    @Column(name = "reason", nullable = false)
    private String reason;

    /** The language the reason and restrictions of this change were written in. */
    @Column(name = "text_language")
    private String textLanguage;

    protected ClearanceHistoryEntry() {
    }

    ClearanceHistoryEntry(String facilityId, OffsetDateTime changedAt, String changedBy, ClearanceChange change,
                          String textLanguage) {
        this.facilityId = facilityId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.status = change.status();
        this.levelId = change.levelId();
        this.storageLevelId = change.storageLevelId();
        this.expiresOn = change.expiresOn();
        this.restrictions = change.restrictions();
        this.issuingAuthorityId = change.issuingAuthorityId();
        this.securityOfficer = change.securityOfficer();
        this.deputySecurityOfficer = change.deputySecurityOfficer();
        this.reasonsReference = change.reasonsReference();
        this.reason = change.reason();
        this.textLanguage = textLanguage;
    }

    /** The register's fields after this change, as a change (with its reason). */
    public ClearanceChange state() {
        return new ClearanceChange(status, levelId, storageLevelId, expiresOn, restrictions, issuingAuthorityId,
                securityOfficer, deputySecurityOfficer, reasonsReference, reason);
    }

    public Long getId() { return id; }
    public String getFacilityId() { return facilityId; }
    public OffsetDateTime getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }
    public String getTextLanguage() { return textLanguage; }
}

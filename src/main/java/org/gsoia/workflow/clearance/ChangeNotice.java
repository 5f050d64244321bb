package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A notice to the other party that a facility's clearance was suspended, revoked, withdrawn or downgraded (R-FC-06),
 * and whether that party's authority took note of it.
 */
@Entity
@Table(name = "fsc_change_notice")
public class ChangeNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "agreement_id")
    private String agreementId;
    @Column(name = "facility_id")
    private String facilityId;
    @Column(name = "notifying_authority_id")
    private String notifyingAuthorityId;
    @Column(name = "receiving_authority_id")
    private String receivingAuthorityId;
    @Column(name = "changed_to")
    private String changedTo;
    @Column(name = "level_before_id")
    private String levelBeforeId;
    @Column(name = "level_after_id")
    private String levelAfterId;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "noted_by")
    private String notedBy;
    @Column(name = "noted_at")
    private OffsetDateTime notedAt;
    private String note;
    @Column(name = "note_language")
    private String noteLanguage;

    protected ChangeNotice() {
    }

    ChangeNotice(String reference, String agreementId, FacilityClearanceWithdrawn change, String notifyingAuthorityId,
                 String receivingAuthorityId) {
        this.reference = reference;
        this.agreementId = agreementId;
        this.facilityId = change.facilityId();
        this.notifyingAuthorityId = notifyingAuthorityId;
        this.receivingAuthorityId = receivingAuthorityId;
        this.changedTo = change.changedTo();
        this.levelBeforeId = change.levelBefore();
        this.levelAfterId = change.levelAfter();
        this.changedAt = change.changedAt();
        this.changedBy = change.changedBy();
    }

    void noted(String note, String language, String userId, OffsetDateTime at) {
        this.note = note;
        this.noteLanguage = language;
        this.notedBy = userId;
        this.notedAt = at;
    }

    public String getReference() { return reference; }

    public String getAgreementId() { return agreementId; }

    public String getFacilityId() { return facilityId; }

    public String getNotifyingAuthorityId() { return notifyingAuthorityId; }

    public String getReceivingAuthorityId() { return receivingAuthorityId; }

    /** {@code SUSPENDED}, {@code REVOKED}, {@code EXPIRED}, {@code IN_PROCESS}, {@code NONE} or {@code DOWNGRADED}. */
    public String getChangedTo() { return changedTo; }

    public String getLevelBeforeId() { return levelBeforeId; }

    public String getLevelAfterId() { return levelAfterId; }

    public OffsetDateTime getChangedAt() { return changedAt; }

    public String getChangedBy() { return changedBy; }

    public String getNotedBy() { return notedBy; }

    public OffsetDateTime getNotedAt() { return notedAt; }

    public String getNote() { return note; }

    public String getNoteLanguage() { return noteLanguage; }
}

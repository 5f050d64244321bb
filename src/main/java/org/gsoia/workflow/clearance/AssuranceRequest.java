package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An FSC assurance request (R-FC-01) with its reply (R-FC-02) and, where one runs, the national clearance that
 * answers it (R-FC-03): the business data of one case of the {@code facility-clearance} procedure. State changes
 * are package-private: {@link AssuranceRequests} and {@link AssuranceTasks} make them, with their checks.
 */
@Entity
@Table(name = "fsc_assurance_request")
public class AssuranceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Version
    private int version;
    @Column(name = "agreement_id")
    private String agreementId;
    @Enumerated(EnumType.STRING)
    private AssuranceStatus status;
    @Column(name = "requesting_party_code")
    private String requestingParty;
    @Column(name = "receiving_party_code")
    private String receivingParty;
    @Column(name = "requesting_authority_id")
    private String requestingAuthorityId;
    @Column(name = "receiving_authority_id")
    private String receivingAuthorityId;
    @Column(name = "facility_id")
    private String facilityId;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "filed_at")
    private OffsetDateTime filedAt;
    @Column(name = "contracting_entity")
    private String contractingEntity;
    @Enumerated(EnumType.STRING)
    private AssuranceReason reason;
    @Column(name = "required_level_id")
    private String requiredLevelId;
    @Column(name = "storage_level_id")
    private String storageLevelId;
    @Column(name = "contract_reference")
    private String contractReference;
    private boolean urgent;
    @Column(name = "sponsorship_requested")
    private boolean sponsorshipRequested;
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "reply_due_on")
    private LocalDate replyDueOn;
    @Column(name = "reply_overdue")
    private boolean replyOverdue;
    @Column(name = "escalated_by")
    private String escalatedBy;
    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;
    @Column(name = "escalation_note")
    private String escalationNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_status")
    private ReplyStatus replyStatus;
    @Column(name = "reply_level_id")
    private String replyLevelId;
    @Column(name = "reply_storage_level_id")
    private String replyStorageLevelId;
    @Column(name = "reply_expires_on")
    private LocalDate replyExpiresOn;
    @Column(name = "reply_restrictions")
    private String replyRestrictions;
    @Column(name = "reply_security_officer")
    private String replySecurityOfficer;
    @Column(name = "reply_issuing_authority_id")
    private String replyIssuingAuthorityId;
    @Column(name = "reply_note")
    private String replyNote;
    @Column(name = "reply_language")
    private String replyLanguage;
    @Column(name = "replied_by")
    private String repliedBy;
    @Column(name = "first_replied_at")
    private OffsetDateTime firstRepliedAt;
    @Column(name = "replied_at")
    private OffsetDateTime repliedAt;
    @Column(name = "reply_final")
    private boolean replyFinal;

    @Column(name = "clearance_started_at")
    private OffsetDateTime clearanceStartedAt;
    @Column(name = "foreign_ownership")
    private String foreignOwnership;
    @Column(name = "foreign_influence")
    private Boolean foreignInfluence;
    @Column(name = "company_data_by")
    private String companyDataBy;
    @Column(name = "appointed_security_officer")
    private String appointedSecurityOfficer;
    @Column(name = "appointed_deputy")
    private String appointedDeputy;
    @Column(name = "officers_by")
    private String officersBy;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    @Column(name = "inspection_passed")
    private Boolean inspectionPassed;
    @Column(name = "inspection_findings")
    private String inspectionFindings;
    @Column(name = "inspection_by")
    private String inspectionBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "clearance_decision")
    private ClearanceDecision clearanceDecision;
    @Column(name = "refusal_reasons_reference")
    private String refusalReasonsReference;
    @Column(name = "clearance_decided_by")
    private String clearanceDecidedBy;
    @Column(name = "clearance_decided_at")
    private OffsetDateTime clearanceDecidedAt;
    @Column(name = "clearance_language")
    private String clearanceLanguage;

    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "closing_note")
    private String closingNote;
    @Column(name = "closing_language")
    private String closingLanguage;

    protected AssuranceRequest() {
    }

    AssuranceRequest(String reference, String agreementId, String requestingParty, String receivingParty,
                     String requestingAuthorityId, String receivingAuthorityId, String requestedBy,
                     AssuranceRequestData data, String textLanguage, OffsetDateTime filedAt, LocalDate replyDueOn) {
        this.reference = reference;
        this.agreementId = agreementId;
        this.status = AssuranceStatus.AWAITING_REPLY;
        this.requestingParty = requestingParty;
        this.receivingParty = receivingParty;
        this.requestingAuthorityId = requestingAuthorityId;
        this.receivingAuthorityId = receivingAuthorityId;
        this.requestedBy = requestedBy;
        this.facilityId = data.facilityId();
        this.contractingEntity = data.contractingEntity();
        this.reason = data.reason();
        this.requiredLevelId = data.requiredLevelId();
        this.storageLevelId = data.storageLevelId();
        this.contractReference = data.contractReference();
        this.urgent = data.urgent();
        this.sponsorshipRequested = data.sponsorshipRequested();
        this.textLanguage = textLanguage;
        this.filedAt = filedAt;
        this.replyDueOn = replyDueOn;
    }

    /** The reply as the register stated the clearance when the officer replied; final unless a clearance follows. */
    void recordReply(FacilityClearance clearance, String note, String language, String userId, OffsetDateTime now,
                     boolean nationalClearanceFollows) {
        replyStatus = ReplyStatus.of(clearance.status());
        replyLevelId = clearance.levelId();
        replyStorageLevelId = clearance.storageLevelId();
        replyExpiresOn = clearance.expiresOn();
        replyRestrictions = clearance.restrictions();
        replySecurityOfficer = clearance.securityOfficer();
        replyIssuingAuthorityId = clearance.issuingAuthorityId();
        replyNote = note;
        replyLanguage = language;
        repliedBy = userId;
        repliedAt = now;
        if (firstRepliedAt == null) {
            firstRepliedAt = now;
        }
        replyFinal = !nationalClearanceFollows;
        if (nationalClearanceFollows) {
            status = AssuranceStatus.IN_NATIONAL_CLEARANCE;
            clearanceStartedAt = now;
        } else {
            status = AssuranceStatus.REPLIED;
        }
    }

    void recordCompanyData(String foreignOwnership, boolean foreignInfluence, String language, String userId) {
        this.foreignOwnership = foreignOwnership;
        this.foreignInfluence = foreignInfluence;
        this.companyDataBy = userId;
        this.clearanceLanguage = language;
    }

    void recordOfficers(String securityOfficer, String deputy, String userId) {
        this.appointedSecurityOfficer = securityOfficer;
        this.appointedDeputy = deputy;
        this.officersBy = userId;
    }

    void recordInspection(LocalDate inspectedOn, boolean passed, String findings, String language, String userId) {
        this.inspectedOn = inspectedOn;
        this.inspectionPassed = passed;
        this.inspectionFindings = findings;
        this.inspectionBy = userId;
        this.clearanceLanguage = language;
    }

    void recordClearanceDecision(ClearanceDecision decision, String reasonsReference, String userId,
                                 OffsetDateTime now) {
        this.clearanceDecision = decision;
        this.refusalReasonsReference = reasonsReference;
        this.clearanceDecidedBy = userId;
        this.clearanceDecidedAt = now;
    }

    void markReplyOverdue() {
        replyOverdue = true;
    }

    void recordEscalation(String note, String userId, OffsetDateTime now) {
        escalationNote = note;
        escalatedBy = userId;
        escalatedAt = now;
    }

    void close(String note, String language, String userId, OffsetDateTime now) {
        status = AssuranceStatus.CLOSED;
        closingNote = note;
        closingLanguage = language;
        closedBy = userId;
        closedAt = now;
    }

    void withdraw(String reason, String language, String userId, OffsetDateTime now) {
        status = AssuranceStatus.WITHDRAWN;
        closingNote = reason;
        closingLanguage = language;
        closedBy = userId;
        closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public int getVersion() {
        return version;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public AssuranceStatus getStatus() {
        return status;
    }

    public String getRequestingParty() {
        return requestingParty;
    }

    public String getReceivingParty() {
        return receivingParty;
    }

    public String getRequestingAuthorityId() {
        return requestingAuthorityId;
    }

    public String getReceivingAuthorityId() {
        return receivingAuthorityId;
    }

    public String getFacilityId() {
        return facilityId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getFiledAt() {
        return filedAt;
    }

    public String getContractingEntity() {
        return contractingEntity;
    }

    public AssuranceReason getReason() {
        return reason;
    }

    public String getRequiredLevelId() {
        return requiredLevelId;
    }

    public Optional<String> getStorageLevelId() {
        return Optional.ofNullable(storageLevelId);
    }

    public String getContractReference() {
        return contractReference;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isSponsorshipRequested() {
        return sponsorshipRequested;
    }

    public String getTextLanguage() {
        return textLanguage;
    }

    public LocalDate getReplyDueOn() {
        return replyDueOn;
    }

    public boolean isReplyOverdue() {
        return replyOverdue;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalationNote() {
        return escalationNote;
    }

    public Optional<ReplyStatus> getReplyStatus() {
        return Optional.ofNullable(replyStatus);
    }

    public String getReplyLevelId() {
        return replyLevelId;
    }

    public String getReplyStorageLevelId() {
        return replyStorageLevelId;
    }

    public LocalDate getReplyExpiresOn() {
        return replyExpiresOn;
    }

    public String getReplyRestrictions() {
        return replyRestrictions;
    }

    public String getReplySecurityOfficer() {
        return replySecurityOfficer;
    }

    public String getReplyIssuingAuthorityId() {
        return replyIssuingAuthorityId;
    }

    public String getReplyNote() {
        return replyNote;
    }

    public String getReplyLanguage() {
        return replyLanguage;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public OffsetDateTime getFirstRepliedAt() {
        return firstRepliedAt;
    }

    public OffsetDateTime getRepliedAt() {
        return repliedAt;
    }

    public boolean isReplyFinal() {
        return replyFinal;
    }

    public OffsetDateTime getClearanceStartedAt() {
        return clearanceStartedAt;
    }

    public String getForeignOwnership() {
        return foreignOwnership;
    }

    public Boolean getForeignInfluence() {
        return foreignInfluence;
    }

    public String getAppointedSecurityOfficer() {
        return appointedSecurityOfficer;
    }

    public String getAppointedDeputy() {
        return appointedDeputy;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public Boolean getInspectionPassed() {
        return inspectionPassed;
    }

    public String getInspectionFindings() {
        return inspectionFindings;
    }

    public Optional<ClearanceDecision> getClearanceDecision() {
        return Optional.ofNullable(clearanceDecision);
    }

    public String getRefusalReasonsReference() {
        return refusalReasonsReference;
    }

    public String getClearanceDecidedBy() {
        return clearanceDecidedBy;
    }

    public OffsetDateTime getClearanceDecidedAt() {
        return clearanceDecidedAt;
    }

    public String getClearanceLanguage() {
        return clearanceLanguage;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public String getClosingLanguage() {
        return closingLanguage;
    }

    @Override
    public String toString() {
        return reference + " (" + status + ")";
    }
}

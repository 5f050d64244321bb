package org.gsoia.workflow.visit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.NaturalId;

/**
 * A request for visit (RFV): the business data of one case. The process instance carries only its reference
 * (business key) and the few variables its gateways need.
 */
@Entity
@Table(name = "visit_request")
public class VisitRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // the reference never changes: Hibernate then finds a request it holds already without asking the database
    @NaturalId
    private String reference;
    @Column(name = "agreement_id", nullable = false)
    private String agreementId;
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", nullable = false)
    private VisitType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;
    @Column(name = "sending_party_code", nullable = false)
    private String sendingParty;
    @Column(name = "host_party_code", nullable = false)
    private String hostParty;
    @Column(name = "applicant_user_id", nullable = false)
    private String applicantUserId;
    @Column(name = "applicant_organisation_id", nullable = false)
    private String applicantOrganisationId;
    @Column(name = "requesting_facility_id", nullable = false)
    private String requestingFacilityId;
    @Column(name = "host_facility_id", nullable = false)
    private String hostFacilityId;
    @Column(name = "programme_reference")
    private String programmeReference;
    private String purpose;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "level_id")
    private String levelId;
    @Column(name = "hand_carry", nullable = false)
    private boolean handCarry;
    @Column(name = "emergency_justification")
    private String emergencyJustification;
    @Column(name = "prior_coordination_note")
    private String priorCoordinationNote;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decision_due_date")
    private LocalDate decisionDueDate;
    @Column(nullable = false)
    private boolean escalated;
    @Column(name = "clearance_changed_at")
    private OffsetDateTime clearanceChangedAt;
    @Column(name = "breach_reference")
    private String breachReference;
    @Column(name = "breach_flagged_at")
    private OffsetDateTime breachFlaggedAt;
    @Column(name = "clearance_changed_facility_id")
    private String clearanceChangedFacilityId;
    @Column(name = "clearance_changed_to")
    private String clearanceChangedTo;
    /** The visitor whose personnel clearance changed (passport spelling); null when a facility's changed. */
    @Column(name = "clearance_changed_person")
    private String clearanceChangedPerson;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_suspension")
    private VisitStatus statusBeforeSuspension;
    @Column(name = "suspension_note")
    private String suspensionNote;
    @Column(name = "suspension_note_language")
    private String suspensionNoteLanguage;
    @Enumerated(EnumType.STRING)
    private HostAuthorityDecision decision;
    @Column(name = "releasable_level_id")
    private String releasableLevelId;
    private String conditions;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private RejectionReason reasonCode;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "return_reason")
    private String returnReason;
    /** The languages the texts were written in (BCP 47 tags): the applicant's, the decision's, the return's. */
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "decision_language")
    private String decisionLanguage;
    @Column(name = "return_language")
    private String returnLanguage;
    @Version
    private int version;

    // separate selects, not joins: two eager lists cannot be join-fetched together
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @OrderBy("position")
    private List<VisitSite> sites = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @OrderBy("positionInList")
    private List<Visitor> visitors = new ArrayList<>();

    protected VisitRequest() {
    }

    VisitRequest(String reference, String agreementId, String sendingParty, String hostParty, String applicantUserId,
                 String applicantOrganisationId, VisitRequestData data, OffsetDateTime submittedAt) {
        this.reference = reference;
        this.agreementId = agreementId;
        this.sendingParty = sendingParty;
        this.hostParty = hostParty;
        this.applicantUserId = applicantUserId;
        this.applicantOrganisationId = applicantOrganisationId;
        this.status = VisitStatus.SUBMITTED;
        this.submittedAt = submittedAt;
        apply(data);
    }

    /** Takes over the applicant's data on submission. */
    void apply(VisitRequestData data) {
        apply(data, false);
    }

    /**
     * Takes over the applicant's data (on submission, correction and amendment); known visitors keep their
     * certification and their mark; new ones are marked as added late when the change comes inside the lead time.
     * Visitors taken from the PSC register are certified by it (their clearance is the register's).
     */
    void apply(VisitRequestData data, boolean insideLeadTime) {
        this.type = data.type();
        this.requestingFacilityId = data.requestingFacilityId();
        this.hostFacilityId = data.hostFacilityId();
        this.programmeReference = blankToNull(data.programmeReference());
        this.purpose = data.purpose().strip();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.levelId = data.levelId();
        this.handCarry = data.handCarry();
        this.emergencyJustification = type == VisitType.EMERGENCY ? blankToNull(data.emergencyJustification()) : null;
        this.priorCoordinationNote = type == VisitType.EMERGENCY ? blankToNull(data.priorCoordinationNote()) : null;
        sites.clear();
        for (int i = 0; i < data.sites().size(); i++) {
            sites.add(new VisitSite(this, i, data.sites().get(i)));
        }
        List<Visitor> known = new ArrayList<>(visitors);
        visitors.clear();
        for (int i = 0; i < data.visitors().size(); i++) {
            VisitorData visitor = data.visitors().get(i);
            Visitor replacement = new Visitor(this, i, visitor);
            java.util.Optional<Visitor> before = known.stream().filter(k -> k.isSamePersonAs(visitor)).findFirst();
            before.filter(k -> k.isCertified()
                            && k.toData().clearanceExpiresOn().equals(visitor.clearanceExpiresOn())
                            && k.toData().clearanceLevelId().equals(visitor.clearanceLevelId()))
                    .ifPresent(k -> replacement.certify());
            if (visitor.personnelClearanceId() != null) {
                // the register's clearance, checked against the visit on filing: the register certifies it
                replacement.certify();
            }
            if (before.map(Visitor::isAddedLate).orElse(insideLeadTime)) {
                replacement.markAddedLate();
            }
            visitors.add(replacement);
        }
    }

    public VisitRequestData toData() {
        return new VisitRequestData(type, requestingFacilityId, hostFacilityId, programmeReference, purpose, startDate,
                endDate, levelId, handCarry, emergencyJustification, priorCoordinationNote,
                sites.stream().map(VisitSite::toData).toList(), visitors.stream().map(Visitor::toData).toList(),
                textLanguage);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void changeStatus(VisitStatus status) {
        if (this.status == VisitStatus.SUSPENDED && status == VisitStatus.APPROVED) {
            // the host facility acknowledged a suspended approval: it stays suspended, and is approved once lifted
            this.statusBeforeSuspension = status;
            return;
        }
        this.status = status;
    }

    /** The host authority's note on a suspension it lifted or confirmed. */
    void recordSuspensionReview(String note, String language) {
        this.suspensionNote = note;
        this.suspensionNoteLanguage = language;
    }

    void liftSuspension() {
        if (status == VisitStatus.SUSPENDED) {
            this.status = statusBeforeSuspension == null ? VisitStatus.APPROVED : statusBeforeSuspension;
            this.statusBeforeSuspension = null;
        }
    }

    void scheduleDecision(LocalDate decisionDueDate) {
        this.decisionDueDate = decisionDueDate;
    }

    void markEscalated() {
        this.escalated = true;
    }

    void certifyAllVisitors() {
        visitors.forEach(Visitor::certify);
    }

    void recordDecision(HostAuthorityDecision decision, String releasableLevelId, String conditions,
                        RejectionReason reasonCode, String reason, String decidedBy, OffsetDateTime decidedAt) {
        recordDecision(decision, releasableLevelId, conditions, reasonCode, reason, decidedBy, decidedAt, null);
    }

    /** @param language the language the officer wrote the conditions or reason in */
    void recordDecision(HostAuthorityDecision decision, String releasableLevelId, String conditions,
                        RejectionReason reasonCode, String reason, String decidedBy, OffsetDateTime decidedAt,
                        String language) {
        this.decisionLanguage = language;
        this.decision = decision;
        this.releasableLevelId = releasableLevelId;
        this.conditions = conditions;
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.confirmedBy = null;
    }

    /** Why an authority sent the request back, in the language it was written in; the applicant reads it. */
    void recordReturn(String reason, String language) {
        this.returnReason = reason;
        this.returnLanguage = language;
    }

    /** The language the applicant wrote the request's texts (purpose, justification) in. */
    void writtenIn(String language) {
        this.textLanguage = language;
    }

    void recordConfirmation(String confirmedBy) {
        this.confirmedBy = confirmedBy;
    }

    void validUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    /**
     * Whether the applicant is meant to know the host authority's decision: an approval or rejection once it stands
     * (confirmed by a second officer where four eyes are needed), a question or a return while it waits for the
     * applicant. A first decision awaiting its second officer is the authority's internal draft.
     */
    public boolean isDecisionCommunicated() {
        if (decision == null) {
            return false;
        }
        return switch (decision) {
            case APPROVE, APPROVE_WITH_CONDITIONS, REJECT -> status.isDecided();
            case REQUEST_INFORMATION -> status == VisitStatus.INFORMATION_REQUESTED;
            case RETURN -> status == VisitStatus.CORRECTION_NEEDED;
        };
    }

    public Long getId() { return id; }
    /** Optimistic lock: changes read at one version are refused once another change was saved. */
    public int getVersion() { return version; }
    public String getReference() { return reference; }
    public String getAgreementId() { return agreementId; }
    public VisitType getType() { return type; }
    public VisitStatus getStatus() { return status; }
    public String getSendingParty() { return sendingParty; }
    public String getHostParty() { return hostParty; }
    public String getApplicantUserId() { return applicantUserId; }
    /** A breach case affecting the host facility (R-BR-07), for the host authority's attention; null: none. */
    public String getBreachReference() { return breachReference; }
    public OffsetDateTime getBreachFlaggedAt() { return breachFlaggedAt; }
    public String getApplicantOrganisationId() { return applicantOrganisationId; }
    public String getRequestingFacilityId() { return requestingFacilityId; }
    public String getHostFacilityId() { return hostFacilityId; }
    public String getProgrammeReference() { return programmeReference; }
    public String getPurpose() { return purpose; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getLevelId() { return levelId; }
    public boolean isHandCarry() { return handCarry; }
    public String getEmergencyJustification() { return emergencyJustification; }
    public String getPriorCoordinationNote() { return priorCoordinationNote; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public LocalDate getDecisionDueDate() { return decisionDueDate; }
    public boolean isEscalated() { return escalated; }

    /** When a clearance the visit depends on last changed, if ever. */
    public OffsetDateTime getClearanceChangedAt() { return clearanceChangedAt; }

    public String getClearanceChangedFacilityId() { return clearanceChangedFacilityId; }

    /** The facility's new FSC status, {@code NONE}, or {@code DOWNGRADED}. */
    public String getClearanceChangedTo() { return clearanceChangedTo; }

    public String getClearanceChangedPerson() { return clearanceChangedPerson; }

    public String getSuspensionNote() { return suspensionNote; }

    public String getSuspensionNoteLanguage() { return suspensionNoteLanguage; }
    public Optional<HostAuthorityDecision> getDecision() { return Optional.ofNullable(decision); }
    public String getReleasableLevelId() { return releasableLevelId; }
    public String getConditions() { return conditions; }
    public RejectionReason getReasonCode() { return reasonCode; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public String getConfirmedBy() { return confirmedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getReturnReason() { return returnReason; }
    public String getTextLanguage() { return textLanguage; }
    public String getDecisionLanguage() { return decisionLanguage; }
    public String getReturnLanguage() { return returnLanguage; }
    public List<VisitSite> getSites() { return List.copyOf(sites); }
    public List<Visitor> getVisitors() { return List.copyOf(visitors); }

    /** The visitors added inside the lead time, by passport number. */
    public java.util.Set<String> lateVisitors() {
        return visitors.stream().filter(Visitor::isAddedLate).map(v -> v.toData().passportNumber())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}

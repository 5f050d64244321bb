package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The contractor's authority's prior written consent to a subcontract (R-FC-05): whom, by which letter, when. */
@Entity
@Table(name = "fsc_subcontract_consent")
public class SubcontractConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private ClassifiedContract contract;
    @Column(name = "subcontractor_facility_id")
    private String subcontractorFacilityId;
    @Column(name = "consent_reference")
    private String consentReference;
    @Column(name = "consented_on")
    private LocalDate consentedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected SubcontractConsent() {
    }

    SubcontractConsent(ClassifiedContract contract, String subcontractorFacilityId, String consentReference,
                       LocalDate consentedOn, String recordedBy, OffsetDateTime recordedAt) {
        this.contract = contract;
        this.subcontractorFacilityId = subcontractorFacilityId;
        this.consentReference = consentReference;
        this.consentedOn = consentedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }

    public String getSubcontractorFacilityId() { return subcontractorFacilityId; }

    public String getConsentReference() { return consentReference; }

    public LocalDate getConsentedOn() { return consentedOn; }

    public String getRecordedBy() { return recordedBy; }

    public OffsetDateTime getRecordedAt() { return recordedAt; }
}

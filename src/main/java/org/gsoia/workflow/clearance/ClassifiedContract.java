package org.gsoia.workflow.clearance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A classified contract (R-FC-05): what the contracting party's authority recorded of the contract's security
 * requirements, the items it will release to the contractor (metadata only), the contractor's staff who handle them,
 * prior written consents for subcontracts and the contractor's periodic reports. Releases pass the gate of R-FC-04.
 */
@Entity
@Table(name = "fsc_contract")
public class ClassifiedContract {

    /** A contract is open from its record until its close-out. */
    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private String reference;
    @Column(name = "agreement_id")
    private String agreementId;
    @Column(name = "contracting_party")
    private String contractingParty;
    @Column(name = "contracting_authority_id")
    private String contractingAuthorityId;
    @Column(name = "contracting_entity")
    private String contractingEntity;
    @Column(name = "contract_number")
    private String contractNumber;
    private String subject;
    @Column(name = "contractor_facility_id")
    private String contractorFacilityId;
    @Column(name = "contractor_party")
    private String contractorParty;
    @Column(name = "highest_level_id")
    private String highestLevelId;
    @Column(name = "security_clause")
    private String securityClause;
    @Column(name = "guide_reference")
    private String guideReference;
    @Column(name = "report_interval")
    private String reportInterval;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "close_note")
    private String closeNote;
    @Column(name = "clearance_changed_at")
    private OffsetDateTime clearanceChangedAt;
    @Column(name = "clearance_changed_subject")
    private String clearanceChangedSubject;
    @Column(name = "clearance_changed_to")
    private String clearanceChangedTo;
    @Column(name = "secured_by")
    private String securedBy;
    @Column(name = "secured_at")
    private OffsetDateTime securedAt;
    @Column(name = "secured_note")
    private String securedNote;
    @Column(name = "secured_language")
    private String securedLanguage;
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ContractItem> items = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "fsc_contract_staff", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "personnel_clearance_id")
    private Set<Long> staff = new LinkedHashSet<>();
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SubcontractConsent> consents = new ArrayList<>();
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ContractReport> reports = new ArrayList<>();

    protected ClassifiedContract() {
    }

    ClassifiedContract(String reference, String agreementId, String contractingParty, String contractingAuthorityId,
                       String contractorParty, ClassifiedContractData data, Optional<Period> reportInterval,
                       String textLanguage, String userId, OffsetDateTime now) {
        this.reference = reference;
        this.agreementId = agreementId;
        this.contractingParty = contractingParty;
        this.contractingAuthorityId = contractingAuthorityId;
        this.contractorParty = contractorParty;
        this.contractingEntity = data.contractingEntity().strip();
        this.contractNumber = data.contractNumber().strip();
        this.subject = data.subject().strip();
        this.contractorFacilityId = data.contractorFacilityId();
        this.highestLevelId = data.highestLevelId();
        this.securityClause = data.securityClause().strip();
        this.guideReference = data.guideReference().strip();
        this.reportInterval = reportInterval.map(Period::toString).orElse(null);
        this.textLanguage = textLanguage;
        this.status = Status.OPEN;
        this.recordedBy = userId;
        this.recordedAt = now;
    }

    ContractItem addItem(String title, String levelId, String userId, OffsetDateTime now) {
        ContractItem item = new ContractItem(this, title, levelId, userId, now);
        items.add(item);
        return item;
    }

    boolean nameStaff(Long personnelClearanceId) {
        return staff.add(personnelClearanceId);
    }

    boolean removeStaff(Long personnelClearanceId) {
        return staff.remove(personnelClearanceId);
    }

    SubcontractConsent recordConsent(String facilityId, String consentReference, LocalDate consentedOn,
                                     String userId, OffsetDateTime now) {
        SubcontractConsent consent = new SubcontractConsent(this, facilityId, consentReference, consentedOn, userId,
                now);
        consents.add(consent);
        return consent;
    }

    ContractReport recordReport(LocalDate dueOn, boolean changesReported, String note, String noteLanguage,
                                String userId, OffsetDateTime now) {
        ContractReport report = new ContractReport(this, dueOn, changesReported, note, noteLanguage, userId, now);
        reports.add(report);
        return report;
    }

    /** Records whose clearance changed, to what and when (the latest change counts). */
    void clearanceChanged(String subject, String changedTo, OffsetDateTime at) {
        this.clearanceChangedSubject = subject;
        this.clearanceChangedTo = changedTo;
        this.clearanceChangedAt = at;
    }

    void secured(String note, String language, String userId, OffsetDateTime now) {
        this.securedNote = note;
        this.securedLanguage = language;
        this.securedBy = userId;
        this.securedAt = now;
    }

    void close(String note, String userId, OffsetDateTime now) {
        this.status = Status.CLOSED;
        this.closeNote = note;
        this.closedBy = userId;
        this.closedAt = now;
    }

    public Optional<ContractItem> item(Long itemId) {
        return items.stream().filter(i -> i.getId().equals(itemId)).findFirst();
    }

    public Long getId() { return id; }

    public int getVersion() { return version; }

    public String getReference() { return reference; }

    public String getAgreementId() { return agreementId; }

    public String getContractingParty() { return contractingParty; }

    public String getContractingAuthorityId() { return contractingAuthorityId; }

    public String getContractingEntity() { return contractingEntity; }

    public String getContractNumber() { return contractNumber; }

    public String getSubject() { return subject; }

    public String getContractorFacilityId() { return contractorFacilityId; }

    public String getContractorParty() { return contractorParty; }

    public String getHighestLevelId() { return highestLevelId; }

    public String getSecurityClause() { return securityClause; }

    public String getGuideReference() { return guideReference; }

    /** How often the contractor reports, as recorded with the contract; empty: no periodic report. */
    public Optional<Period> getReportInterval() {
        return Optional.ofNullable(reportInterval).map(Period::parse);
    }

    public Status getStatus() { return status; }

    public boolean isOpen() { return status == Status.OPEN; }

    public String getTextLanguage() { return textLanguage; }

    public String getRecordedBy() { return recordedBy; }

    public OffsetDateTime getRecordedAt() { return recordedAt; }

    public String getClosedBy() { return closedBy; }

    public OffsetDateTime getClosedAt() { return closedAt; }

    public String getCloseNote() { return closeNote; }

    public OffsetDateTime getClearanceChangedAt() { return clearanceChangedAt; }

    public String getClearanceChangedSubject() { return clearanceChangedSubject; }

    public String getClearanceChangedTo() { return clearanceChangedTo; }

    public String getSecuredBy() { return securedBy; }

    public OffsetDateTime getSecuredAt() { return securedAt; }

    public String getSecuredNote() { return securedNote; }

    public String getSecuredLanguage() { return securedLanguage; }

    public List<ContractItem> getItems() { return Collections.unmodifiableList(items); }

    public Set<Long> getStaff() { return Collections.unmodifiableSet(staff); }

    public List<SubcontractConsent> getConsents() { return Collections.unmodifiableList(consents); }

    public List<ContractReport> getReports() { return Collections.unmodifiableList(reports); }
}

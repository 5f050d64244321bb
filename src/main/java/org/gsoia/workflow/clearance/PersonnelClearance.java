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

/** One person's clearance in the PSC register (R-FC-08), kept by the person's party's designated authority. */
@Entity
@Table(name = "personnel_clearance")
public class PersonnelClearance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(name = "party_code")
    private String partyCode;
    @Column(name = "name_native")
    private String nameNative;
    @Column(name = "name_passport")
    private String namePassport;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "facility_id")
    private String facilityId;
    private String scheme;
    @Column(name = "level_id")
    private String levelId;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "issuing_authority_id")
    private String issuingAuthorityId;
    @Enumerated(EnumType.STRING)
    private PscStatus status;
    @Column(name = "reasons_reference")
    private String reasonsReference;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected PersonnelClearance() {
    }

    PersonnelClearance(String partyCode) {
        this.partyCode = partyCode;
    }

    void record(PersonnelClearanceData data, String issuingAuthorityId, String userId, OffsetDateTime now) {
        this.nameNative = data.nameNative();
        this.namePassport = data.namePassport();
        this.dateOfBirth = data.dateOfBirth();
        this.facilityId = data.facilityId();
        this.scheme = data.scheme();
        this.levelId = data.levelId();
        this.issuedOn = data.issuedOn();
        this.expiresOn = data.expiresOn();
        this.issuingAuthorityId = issuingAuthorityId;
        this.status = data.status();
        this.reasonsReference = data.status() != null && data.status().isWithdrawal() ? data.reasonsReference() : null;
        this.recordedBy = userId;
        this.recordedAt = now;
    }

    public PersonnelClearanceData toData() {
        return new PersonnelClearanceData(nameNative, namePassport, dateOfBirth, facilityId, scheme, levelId, issuedOn,
                expiresOn, status, reasonsReference);
    }

    public Long getId() { return id; }

    public int getVersion() { return version; }

    public String getPartyCode() { return partyCode; }

    public String getNameNative() { return nameNative; }

    public String getNamePassport() { return namePassport; }

    public LocalDate getDateOfBirth() { return dateOfBirth; }

    public String getFacilityId() { return facilityId; }

    public String getScheme() { return scheme; }

    public String getLevelId() { return levelId; }

    public LocalDate getIssuedOn() { return issuedOn; }

    public LocalDate getExpiresOn() { return expiresOn; }

    public String getIssuingAuthorityId() { return issuingAuthorityId; }

    public PscStatus getStatus() { return status; }

    public String getReasonsReference() { return reasonsReference; }

    public String getRecordedBy() { return recordedBy; }

    public OffsetDateTime getRecordedAt() { return recordedAt; }
}

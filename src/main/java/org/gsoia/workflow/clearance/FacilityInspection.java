package org.gsoia.workflow.clearance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A security inspection of a cleared facility (R-FC-07): planned for a due date, carried out and recorded with its
 * outcome and findings, each finding with a corrective action that has an owner and a due date and is followed to done.
 */
@Entity
@Table(name = "fsc_inspection")
public class FacilityInspection {

    /** The first inspection of a facility, before it first receives classified information, or a periodic one. */
    public enum Kind { INITIAL, PERIODIC }

    /** Planned; recorded with corrective actions still open; done; called off before it took place. */
    public enum Status { PLANNED, FOLLOW_UP, DONE, CANCELLED }

    /** The inspector's overall verdict. */
    public enum Outcome { SATISFACTORY, DEFICIENCIES, UNSATISFACTORY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private String reference;
    @Column(name = "facility_id")
    private String facilityId;
    @Column(name = "party_code")
    private String partyCode;
    @Column(name = "authority_id")
    private String authorityId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "planned_by")
    private String plannedBy;
    @Column(name = "planned_at")
    private OffsetDateTime plannedAt;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    private String inspector;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String summary;
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<InspectionFinding> findings = new ArrayList<>();

    protected FacilityInspection() {
    }

    FacilityInspection(String reference, String facilityId, String partyCode, String authorityId, Kind kind,
                       LocalDate dueOn, String userId, OffsetDateTime now) {
        this.reference = reference;
        this.facilityId = facilityId;
        this.partyCode = partyCode;
        this.authorityId = authorityId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.status = Status.PLANNED;
        this.plannedBy = userId;
        this.plannedAt = now;
    }

    InspectionFinding addFinding(InspectionFindingData data, String language, String userId, OffsetDateTime now) {
        InspectionFinding finding = new InspectionFinding(this, data, language, userId, now);
        findings.add(finding);
        return finding;
    }

    void record(LocalDate inspectedOn, String inspector, Outcome outcome, String summary, String language,
                String userId, OffsetDateTime now) {
        this.inspectedOn = inspectedOn;
        this.inspector = inspector;
        this.outcome = outcome;
        this.summary = summary;
        this.textLanguage = language;
        this.recordedBy = userId;
        this.recordedAt = now;
        this.status = openActions() > 0 ? Status.FOLLOW_UP : Status.DONE;
    }

    void cancel(String reason, String language, String userId, OffsetDateTime now) {
        this.status = Status.CANCELLED;
        this.cancelReason = reason;
        this.textLanguage = language;
        this.cancelledBy = userId;
        this.cancelledAt = now;
    }

    void actionsDone() {
        this.status = Status.DONE;
    }

    public long openActions() {
        return findings.stream().filter(f -> !f.isDone()).count();
    }

    /** The earliest due date of the corrective actions still open: the follow-up is overdue from then on. */
    public Optional<LocalDate> firstOpenActionDue() {
        return findings.stream().filter(f -> !f.isDone()).map(InspectionFinding::getActionDueOn)
                .min(LocalDate::compareTo);
    }

    public Optional<InspectionFinding> finding(Long findingId) {
        return findings.stream().filter(f -> f.getId().equals(findingId)).findFirst();
    }

    public Long getId() { return id; }

    public int getVersion() { return version; }

    public String getReference() { return reference; }

    public String getFacilityId() { return facilityId; }

    public String getPartyCode() { return partyCode; }

    public String getAuthorityId() { return authorityId; }

    public Kind getKind() { return kind; }

    public LocalDate getDueOn() { return dueOn; }

    public Status getStatus() { return status; }

    public String getPlannedBy() { return plannedBy; }

    public OffsetDateTime getPlannedAt() { return plannedAt; }

    public LocalDate getInspectedOn() { return inspectedOn; }

    public String getInspector() { return inspector; }

    public Outcome getOutcome() { return outcome; }

    public String getSummary() { return summary; }

    public String getTextLanguage() { return textLanguage; }

    public String getRecordedBy() { return recordedBy; }

    public OffsetDateTime getRecordedAt() { return recordedAt; }

    public String getCancelledBy() { return cancelledBy; }

    public OffsetDateTime getCancelledAt() { return cancelledAt; }

    public String getCancelReason() { return cancelReason; }

    public List<InspectionFinding> getFindings() { return Collections.unmodifiableList(findings); }
}

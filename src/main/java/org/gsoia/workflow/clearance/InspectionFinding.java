package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A finding of an inspection with its corrective action: owner, due date, and when it was done. */
@Entity
@Table(name = "fsc_inspection_finding")
public class InspectionFinding {

    /** A minor finding is fixed in the normal course; a major one puts the clearance at risk. */
    public enum Severity { MINOR, MAJOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id")
    private FacilityInspection inspection;
    private String description;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Column(name = "corrective_action")
    private String correctiveAction;
    @Column(name = "action_owner")
    private String actionOwner;
    @Column(name = "action_due_on")
    private LocalDate actionDueOn;
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_note")
    private String doneNote;

    protected InspectionFinding() {
    }

    InspectionFinding(FacilityInspection inspection, InspectionFindingData data, String language, String userId,
                      OffsetDateTime now) {
        this.inspection = inspection;
        this.description = data.description().strip();
        this.severity = data.severity();
        this.correctiveAction = data.action().strip();
        this.actionOwner = data.owner().strip();
        this.actionDueOn = data.dueOn();
        this.textLanguage = language;
        this.recordedBy = userId;
        this.recordedAt = now;
    }

    void done(LocalDate on, String note, String userId) {
        this.doneOn = on;
        this.doneNote = note;
        this.doneBy = userId;
    }

    public boolean isDone() { return doneOn != null; }

    public boolean isOverdue(LocalDate today) { return !isDone() && actionDueOn.isBefore(today); }

    public Long getId() { return id; }

    public String getDescription() { return description; }

    public Severity getSeverity() { return severity; }

    public String getCorrectiveAction() { return correctiveAction; }

    public String getActionOwner() { return actionOwner; }

    public LocalDate getActionDueOn() { return actionDueOn; }

    public String getTextLanguage() { return textLanguage; }

    public String getRecordedBy() { return recordedBy; }

    public OffsetDateTime getRecordedAt() { return recordedAt; }

    public LocalDate getDoneOn() { return doneOn; }

    public String getDoneBy() { return doneBy; }

    public String getDoneNote() { return doneNote; }
}

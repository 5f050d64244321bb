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

/** A contractor's periodic report on a classified contract (DE: VS-Auftragsmeldung): due when, any changes, by whom. */
@Entity
@Table(name = "fsc_contract_report")
public class ContractReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private ClassifiedContract contract;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "changes_reported")
    private boolean changesReported;
    private String note;
    @Column(name = "note_language")
    private String noteLanguage;

    protected ContractReport() {
    }

    ContractReport(ClassifiedContract contract, LocalDate dueOn, boolean changesReported, String note,
                   String noteLanguage, String submittedBy, OffsetDateTime submittedAt) {
        this.contract = contract;
        this.dueOn = dueOn;
        this.changesReported = changesReported;
        this.note = note;
        this.noteLanguage = noteLanguage;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long getId() { return id; }

    public LocalDate getDueOn() { return dueOn; }

    public String getSubmittedBy() { return submittedBy; }

    public OffsetDateTime getSubmittedAt() { return submittedAt; }

    public boolean isChangesReported() { return changesReported; }

    public String getNote() { return note; }

    public String getNoteLanguage() { return noteLanguage; }
}

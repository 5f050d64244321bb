package org.gsoia.workflow.breach;

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

/** A corrective or preventive action of the final report (R-BR-06): owner, due date, tracked to done. */
@Entity
@Table(name = "breach_action")
public class CorrectiveAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private BreachCase breach;
    private String action;
    private String owner;
    @Column(name = "due_on")
    private LocalDate dueOn;
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

    protected CorrectiveAction() {
    }

    CorrectiveAction(BreachCase breach, String action, String owner, LocalDate dueOn, String language, String userId,
                     OffsetDateTime now) {
        this.breach = breach;
        this.action = action;
        this.owner = owner;
        this.dueOn = dueOn;
        this.textLanguage = language;
        this.recordedBy = userId;
        this.recordedAt = now;
    }

    void done(LocalDate on, String note, String userId) {
        this.doneOn = on;
        this.doneNote = note;
        this.doneBy = userId;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueOn.isBefore(today);
    }

    public Long getId() { return id; }

    public String getAction() { return action; }

    public String getOwner() { return owner; }

    public LocalDate getDueOn() { return dueOn; }

    public String getTextLanguage() { return textLanguage; }

    public LocalDate getDoneOn() { return doneOn; }

    public String getDoneNote() { return doneNote; }
}

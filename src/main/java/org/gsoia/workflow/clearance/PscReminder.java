package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A reminder that a personnel clearance expires soon, and how the facility's security officers dealt with it. */
@Entity
@Table(name = "psc_reminder")
public class PscReminder {

    /** What the security officers decided. */
    public enum Outcome { RENEWAL_APPLIED, LAPSES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "clearance_id")
    private Long clearanceId;
    @Column(name = "days_before")
    private int daysBefore;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "opened_at")
    private OffsetDateTime openedAt;
    @Column(name = "dealt_with_by")
    private String dealtWithBy;
    @Column(name = "dealt_with_at")
    private OffsetDateTime dealtWithAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;
    private String note;
    @Column(name = "note_language")
    private String noteLanguage;

    protected PscReminder() {
    }

    PscReminder(String reference, Long clearanceId, int daysBefore, LocalDate expiresOn, OffsetDateTime openedAt) {
        this.reference = reference;
        this.clearanceId = clearanceId;
        this.daysBefore = daysBefore;
        this.expiresOn = expiresOn;
        this.openedAt = openedAt;
    }

    void dealtWith(Outcome outcome, String note, String language, String userId, OffsetDateTime at) {
        this.outcome = outcome;
        this.note = note;
        this.noteLanguage = language;
        this.dealtWithBy = userId;
        this.dealtWithAt = at;
    }

    public String getReference() { return reference; }

    public Long getClearanceId() { return clearanceId; }

    public int getDaysBefore() { return daysBefore; }

    public LocalDate getExpiresOn() { return expiresOn; }

    public OffsetDateTime getOpenedAt() { return openedAt; }

    public String getDealtWithBy() { return dealtWithBy; }

    public OffsetDateTime getDealtWithAt() { return dealtWithAt; }

    public Outcome getOutcome() { return outcome; }

    public String getNote() { return note; }

    public String getNoteLanguage() { return noteLanguage; }
}

package org.gsoia.workflow.breach;

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
import java.time.OffsetDateTime;

/** The case's history both parties read: a change of classification with its reason, or an interim report. */
@Entity
@Table(name = "breach_entry")
public class BreachEntry {

    /** What the entry records. */
    public enum Kind { CLASSIFIED, INTERIM_REPORT, CLEARANCE_REVIEW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private BreachCase breach;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private BreachCase.Classification classification;
    private String text;
    @Column(name = "next_steps")
    private String nextSteps;
    @Column(name = "text_language")
    private String textLanguage;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    private String subject;
    @Column(name = "done_at")
    private OffsetDateTime doneAt;
    private String outcome;

    protected BreachEntry() {
    }

    private BreachEntry(BreachCase breach, Kind kind, BreachCase.Classification classification, String text,
                        String nextSteps, String language, String userId, OffsetDateTime now) {
        this.breach = breach;
        this.kind = kind;
        this.classification = classification;
        this.text = text;
        this.nextSteps = nextSteps;
        this.textLanguage = language;
        this.recordedBy = userId;
        this.recordedAt = now;
    }

    static BreachEntry classified(BreachCase breach, BreachCase.Classification to,
                                  String reason, String language, String userId, OffsetDateTime now) {
        return new BreachEntry(breach, Kind.CLASSIFIED, to, reason, null, language, userId, now);
    }

    static BreachEntry interim(BreachCase breach, String text, String nextSteps, String language, String userId,
                               OffsetDateTime now) {
        return new BreachEntry(breach, Kind.INTERIM_REPORT, null, text, nextSteps, language, userId, now);
    }

    static BreachEntry review(BreachCase breach, String subject, String reason, String language, String userId,
                              OffsetDateTime now) {
        BreachEntry entry = new BreachEntry(breach, Kind.CLEARANCE_REVIEW, null, reason, null, language, userId, now);
        entry.subject = subject;
        return entry;
    }

    void reviewed(String outcome, OffsetDateTime now) {
        this.outcome = outcome;
        this.doneAt = now;
    }

    /** The facility or person whose clearance is reviewed (review entries only). */
    public String getSubject() { return subject; }

    public OffsetDateTime getDoneAt() { return doneAt; }

    public String getOutcome() { return outcome; }

    public Kind getKind() { return kind; }

    /** The classification the case moved to (classification entries only). */
    public BreachCase.Classification getClassification() { return classification; }

    public String getText() { return text; }

    public String getNextSteps() { return nextSteps; }

    public String getTextLanguage() { return textLanguage; }

    public String getRecordedBy() { return recordedBy; }

    public OffsetDateTime getRecordedAt() { return recordedAt; }
}

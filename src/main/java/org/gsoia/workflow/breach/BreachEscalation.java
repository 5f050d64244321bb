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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A target of the notification chain that was missed, and to whom it was escalated. */
@Entity
@Table(name = "breach_escalation")
public class BreachEscalation {

    /** The step whose target was missed. */
    public enum Step { OFFICER, AUTHORITY, ORIGINATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private BreachCase breach;
    @Enumerated(EnumType.STRING)
    private Step step;
    @Column(name = "target_at")
    private OffsetDateTime targetAt;
    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;
    @Column(name = "escalated_to")
    private String escalatedTo;

    protected BreachEscalation() {
    }

    BreachEscalation(BreachCase breach, Step step, Instant target, String escalatedTo, OffsetDateTime now) {
        this.breach = breach;
        this.step = step;
        this.targetAt = target.atOffset(ZoneOffset.UTC);
        this.escalatedTo = escalatedTo;
        this.escalatedAt = now;
    }

    public Step getStep() { return step; }

    public Instant getTargetAt() { return targetAt.toInstant(); }

    public Instant getEscalatedAt() { return escalatedAt.toInstant(); }

    /** A user id (the head of the authority) or a group id. */
    public String getEscalatedTo() { return escalatedTo; }

    /** Whether it went to the authority's group rather than to its head. */
    public boolean toGroup() {
        return org.gsoia.workflow.security.CaseGroups.securityAuthorityOf(escalatedTo).isPresent();
    }
}

package org.gsoia.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of the audit trail: who did what to which subject, and when. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private String action;

    private String subject;

    private String details;

    protected AuditEvent() {
    }

    AuditEvent(OffsetDateTime occurredAt, String userId, String action, String subject, String details) {
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.action = action;
        this.subject = subject;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUserId() {
        return userId;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }
}

package org.gsoia.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import java.time.OffsetDateTime;

/**
 * One entry of the audit trail: who did what to which subject, when and from where, with its link in the hash
 * chain. Written only by {@link AuditLog} (append-only; never changed once written).
 */
@Entity
@Immutable
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

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "prev_hash")
    private String previousHash;

    private String hash;

    protected AuditEvent() {
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

    public String getClientAddress() {
        return clientAddress;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}

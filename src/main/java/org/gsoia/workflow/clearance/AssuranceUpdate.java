package org.gsoia.workflow.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A status update sent to the requesting authority while the national clearance runs: when, and which step of it
 * was under way (a user task key of {@code AssuranceProcess.NATIONAL_CLEARANCE_STEPS}).
 */
@Entity
@Table(name = "fsc_assurance_update")
public class AssuranceUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    private String stage;

    protected AssuranceUpdate() {
    }

    AssuranceUpdate(Long requestId, OffsetDateTime sentAt, String stage) {
        this.requestId = requestId;
        this.sentAt = sentAt;
        this.stage = stage;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getStage() {
        return stage;
    }
}

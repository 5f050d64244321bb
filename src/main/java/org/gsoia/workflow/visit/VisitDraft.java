package org.gsoia.workflow.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An unfinished request, saved as the form's JSON: drafts need not meet any rule, so they are not requests and
 * never reach the procedure's tables or the authorities.
 */
@Entity
@Table(name = "visit_draft")
public class VisitDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_user_id", nullable = false)
    private String ownerUserId;
    @Column(name = "owner_organisation_id", nullable = false)
    private String ownerOrganisationId;
    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;
    /** The form as JSON; 30 visitors and 30 sites stay far below this length. */
    @Column(nullable = false, length = 200_000)
    private String payload;

    protected VisitDraft() {
    }

    VisitDraft(String ownerUserId, String ownerOrganisationId) {
        this.ownerUserId = ownerUserId;
        this.ownerOrganisationId = ownerOrganisationId;
    }

    void save(String payload, OffsetDateTime savedAt) {
        this.payload = payload;
        this.savedAt = savedAt;
    }

    public Long getId() { return id; }
    public String getOwnerUserId() { return ownerUserId; }
    public OffsetDateTime getSavedAt() { return savedAt; }
    String getPayload() { return payload; }
}

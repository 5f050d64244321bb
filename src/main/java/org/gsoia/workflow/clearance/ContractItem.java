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
import java.time.OffsetDateTime;

/** One classified item a contract releases to its contractor: its title and level (metadata only), and its release. */
@Entity
@Table(name = "fsc_contract_item")
public class ContractItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private ClassifiedContract contract;
    private String title;
    @Column(name = "level_id")
    private String levelId;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private OffsetDateTime addedAt;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "released_at")
    private OffsetDateTime releasedAt;

    protected ContractItem() {
    }

    ContractItem(ClassifiedContract contract, String title, String levelId, String userId, OffsetDateTime now) {
        this.contract = contract;
        this.title = title;
        this.levelId = levelId;
        this.addedBy = userId;
        this.addedAt = now;
    }

    void release(String userId, OffsetDateTime now) {
        this.releasedBy = userId;
        this.releasedAt = now;
    }

    public Long getId() { return id; }

    public String getTitle() { return title; }

    public String getLevelId() { return levelId; }

    public String getAddedBy() { return addedBy; }

    public OffsetDateTime getAddedAt() { return addedAt; }

    public boolean isReleased() { return releasedAt != null; }

    public String getReleasedBy() { return releasedBy; }

    public OffsetDateTime getReleasedAt() { return releasedAt; }
}

package org.gsoia.workflow.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One row of an agreement's equivalence table (R-CL-02): a level of one party corresponds to {@code toLevel} of
 * the recipient, or, when {@code toLevel} is null, to nothing — which blocks the exchange.
 */
@Entity
@Immutable // reference data: changed by changesets, never by the application; no dirty check on flush
@Table(name = "level_equivalence")
class LevelEquivalence {

    @Id
    @Column(name = "id", nullable = false, length = 96)
    private String id;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreementId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "from_level_id", nullable = false)
    private ClassificationLevel fromLevel;

    @Column(name = "to_party_code", nullable = false, length = 8)
    private String toPartyCode;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "to_level_id")
    private ClassificationLevel toLevel;

    /** Among several levels for the same source, the one to mark with first. */
    @Column(name = "preferred", nullable = false)
    private boolean preferred;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private EquivalenceStatus status;

    @Column(name = "article", length = 500)
    private String article;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    protected LevelEquivalence() {
    }

    LevelEquivalence(String id, String agreementId, ClassificationLevel fromLevel, String toPartyCode,
            ClassificationLevel toLevel, boolean preferred, EquivalenceStatus status, String article,
            LocalDate validFrom) {
        this.id = id;
        this.agreementId = agreementId;
        this.fromLevel = fromLevel;
        this.toPartyCode = toPartyCode;
        this.toLevel = toLevel;
        this.preferred = preferred;
        this.status = status;
        this.article = article;
        this.validFrom = validFrom;
    }

    String getId() {
        return id;
    }

    String getAgreementId() {
        return agreementId;
    }

    ClassificationLevel getFromLevel() {
        return fromLevel;
    }

    String getToPartyCode() {
        return toPartyCode;
    }

    Optional<ClassificationLevel> getToLevel() {
        return Optional.ofNullable(toLevel);
    }

    boolean isPreferred() {
        return preferred;
    }

    EquivalenceStatus getStatus() {
        return status;
    }

    String getArticle() {
        return article;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    @Override
    public String toString() {
        return id;
    }
}

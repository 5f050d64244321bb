package org.gsoia.workflow.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Comparator;
import org.hibernate.annotations.Immutable;

/**
 * A national classification level (R-CL-01). {@link #getRank()} orders the levels of one party only: levels of
 * different parties are related solely through the agreement's equivalence table, never by rank.
 */
@Entity
@Immutable // reference data: changed by changesets, never by the application; no dirty check on flush
@Table(name = "classification_level")
public class ClassificationLevel {

    /** Most sensitive first. */
    public static final Comparator<ClassificationLevel> BY_RANK_DESCENDING =
            Comparator.comparingInt(ClassificationLevel::getRank).reversed();

    @Id
    @Column(name = "id", nullable = false, length = 64)
    private String id;

    @Column(name = "party_code", nullable = false, length = 8)
    private String partyCode;

    @Column(name = "marking_native", nullable = false, length = 100)
    private String markingNative;

    /** Hepburn romanisation for Japanese markings; null where the marking is already in Latin script. */
    @Column(name = "romanisation", length = 100)
    private String romanisation;

    @Column(name = "abbreviation", length = 32)
    private String abbreviation;

    @Enumerated(EnumType.STRING)
    @Column(name = "english_reference", nullable = false, length = 32)
    private EnglishReference englishReference;

    @Column(name = "rank", nullable = false)
    private int rank;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "clearance_required", nullable = false, length = 1000)
    private String clearanceRequired;

    protected ClassificationLevel() {
    }

    ClassificationLevel(String id, String partyCode, String markingNative, String romanisation, String abbreviation,
            EnglishReference englishReference, int rank, String legalBasis, String clearanceRequired) {
        this.id = id;
        this.partyCode = partyCode;
        this.markingNative = markingNative;
        this.romanisation = romanisation;
        this.abbreviation = abbreviation;
        this.englishReference = englishReference;
        this.rank = rank;
        this.legalBasis = legalBasis;
        this.clearanceRequired = clearanceRequired;
    }

    public String getId() {
        return id;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public String getMarkingNative() {
        return markingNative;
    }

    public String getRomanisation() {
        return romanisation;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public EnglishReference getEnglishReference() {
        return englishReference;
    }

    public int getRank() {
        return rank;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getClearanceRequired() {
        return clearanceRequired;
    }

    /** The marking as printed, with the romanisation for readers of the other script: {@code 極秘 (Gokuhi)}. */
    public String markingWithRomanisation() {
        return romanisation == null || romanisation.isBlank()
                ? markingNative
                : markingNative + " (" + romanisation + ")";
    }

    /**
     * Whether this level is at least as sensitive as {@code other}, e.g. whether an FSC at this level covers
     * information at {@code other}. Comparing across parties is refused: translate through the equivalence first.
     */
    public boolean isAtLeast(ClassificationLevel other) {
        if (!partyCode.equals(other.partyCode)) {
            throw new IllegalArgumentException(
                    "Cannot rank " + id + " against " + other.id + ": different parties; use the equivalence table");
        }
        return rank >= other.rank;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationLevel other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}

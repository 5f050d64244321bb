package org.gsoia.workflow.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a level of the originator corresponds to at the recipient: one or more levels, preferred first, or none.
 * "None" blocks the exchange and sends the case to manual review (R-CL-02).
 *
 * @param source the originator's level
 * @param recipientParty the party receiving the information
 * @param levels the recipient's levels, preferred first; empty means no equivalent
 * @param status the least certain status of the rows behind this result
 * @param article where the agreement says so (or why nothing is known); may be null
 */
public record Equivalence(ClassificationLevel source, String recipientParty, List<ClassificationLevel> levels,
        EquivalenceStatus status, String article) {

    public Equivalence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recipientParty, "recipientParty");
        Objects.requireNonNull(status, "status");
        levels = List.copyOf(levels);
    }

    /** Information that stays within its own party: the level is its own equivalent. */
    public static Equivalence national(ClassificationLevel level) {
        return new Equivalence(level, level.getPartyCode(), List.of(level), EquivalenceStatus.NATIONAL, null);
    }

    public static Equivalence noEquivalent(ClassificationLevel source, String recipientParty,
            EquivalenceStatus status, String article) {
        return new Equivalence(source, recipientParty, List.of(), status, article);
    }

    public boolean isNational() {
        return status == EquivalenceStatus.NATIONAL;
    }

    public boolean hasEquivalent() {
        return !levels.isEmpty();
    }

    /** No level to mark the information with at the recipient, so it must not be released. */
    public boolean blocksExchange() {
        return levels.isEmpty();
    }

    public boolean isOneToMany() {
        return levels.size() > 1;
    }

    public Optional<ClassificationLevel> preferred() {
        return levels.stream().findFirst();
    }

    public boolean needsVerification() {
        return status.needsVerification();
    }
}

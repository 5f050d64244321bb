package org.gsoia.workflow.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The equivalence table of one agreement, as pure logic over its rows so that it can be tested without a
 * database.
 *
 * <p>Versioning: for one source level and recipient, the rows with the latest {@code valid_from} not after the
 * reference date apply together; older rows are superseded as a group. A new mapping is therefore added as new
 * rows with a later date, and history stays readable.
 */
public final class EquivalenceTable {

    private static final Logger log = LoggerFactory.getLogger(EquivalenceTable.class);

    /** Preferred first, then the more sensitive level, then by id so the order never depends on load order. */
    private static final Comparator<LevelEquivalence> MARKING_ORDER = Comparator
            .comparing(LevelEquivalence::isPreferred).reversed()
            .thenComparing(row -> row.getToLevel().orElseThrow(), ClassificationLevel.BY_RANK_DESCENDING)
            .thenComparing(row -> row.getToLevel().orElseThrow().getId());

    private final String agreementId;
    private final Map<Key, List<LevelEquivalence>> rowsByKey;

    private EquivalenceTable(String agreementId, Map<Key, List<LevelEquivalence>> rowsByKey) {
        this.agreementId = agreementId;
        this.rowsByKey = rowsByKey;
    }

    static EquivalenceTable of(String agreementId, Collection<LevelEquivalence> rows) {
        rows.forEach(row -> checkRow(agreementId, row));
        return new EquivalenceTable(agreementId, rows.stream().collect(Collectors.groupingBy(
                row -> new Key(row.getFromLevel().getId(), row.getToPartyCode()))));
    }

    public String agreementId() {
        return agreementId;
    }

    /** What {@code level} corresponds to at {@code recipientParty} on {@code asOf}. */
    public Equivalence equivalentOf(ClassificationLevel level, String recipientParty, LocalDate asOf) {
        if (level.getPartyCode().equals(recipientParty)) {
            return Equivalence.national(level);
        }
        List<LevelEquivalence> rows = rowsInForce(new Key(level.getId(), recipientParty), asOf);
        if (rows.isEmpty()) {
            return Equivalence.noEquivalent(level, recipientParty, EquivalenceStatus.NOT_CONFIGURED, null);
        }
        EquivalenceStatus status = rows.stream().map(LevelEquivalence::getStatus)
                .reduce(EquivalenceStatus::leastCertain).orElseThrow();
        if (rows.stream().anyMatch(row -> row.getToLevel().isEmpty())) {
            if (rows.size() > 1) {
                // A "no equivalent" row beside real ones is contradictory data; blocking is the safe reading.
                log.warn("Equivalence rows {} of {} contradict each other; treating {} → {} as no equivalent",
                        rows, agreementId, level.getId(), recipientParty);
            }
            LevelEquivalence none = rows.stream().filter(row -> row.getToLevel().isEmpty()).findFirst().orElseThrow();
            return Equivalence.noEquivalent(level, recipientParty, status, none.getArticle());
        }
        List<LevelEquivalence> ordered = rows.stream().sorted(MARKING_ORDER).toList();
        return new Equivalence(level, recipientParty,
                ordered.stream().map(row -> row.getToLevel().orElseThrow()).toList(),
                status, ordered.get(0).getArticle());
    }

    private List<LevelEquivalence> rowsInForce(Key key, LocalDate asOf) {
        List<LevelEquivalence> candidates = rowsByKey.getOrDefault(key, List.of()).stream()
                .filter(row -> !row.getValidFrom().isAfter(asOf))
                .toList();
        Optional<LocalDate> latest = candidates.stream().map(LevelEquivalence::getValidFrom)
                .max(Comparator.naturalOrder());
        return latest.map(date -> candidates.stream().filter(row -> row.getValidFrom().equals(date)).toList())
                .orElse(List.of());
    }

    private static void checkRow(String agreementId, LevelEquivalence row) {
        if (!agreementId.equals(row.getAgreementId())) {
            throw new IllegalArgumentException("Row " + row.getId() + " belongs to " + row.getAgreementId()
                    + ", not " + agreementId);
        }
        row.getToLevel().ifPresent(to -> {
            if (!to.getPartyCode().equals(row.getToPartyCode())) {
                throw new IllegalStateException("Row " + row.getId() + " maps to " + to.getId()
                        + ", which is not a level of " + row.getToPartyCode());
            }
        });
    }

    private record Key(String fromLevelId, String toPartyCode) {
    }
}

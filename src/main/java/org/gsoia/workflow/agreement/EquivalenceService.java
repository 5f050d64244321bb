package org.gsoia.workflow.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.gsoia.workflow.config.TransactionMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "what is this level at the recipient?" from the agreement's equivalence table. The rows are read once per
 * transaction: the table is a handful of rows, and an edited row must take effect without a restart.
 */
@Service
@Transactional(readOnly = true)
public class EquivalenceService {

    private final LevelEquivalenceRepository equivalences;
    private final ClassificationLevelRepository levels;
    private final Clock clock;

    EquivalenceService(LevelEquivalenceRepository equivalences, ClassificationLevelRepository levels, Clock clock) {
        this.equivalences = equivalences;
        this.levels = levels;
        this.clock = clock;
    }

    /**
     * The equivalence in force today.
     *
     * @throws IllegalArgumentException if {@code levelId} is not a known classification level
     */
    public Equivalence equivalentOf(String agreementId, String levelId, String recipientParty) {
        return equivalentOf(agreementId, levelId, recipientParty, LocalDate.now(clock));
    }

    /** The equivalence in force on {@code asOf}, e.g. the date an item was received. */
    public Equivalence equivalentOf(String agreementId, String levelId, String recipientParty, LocalDate asOf) {
        ClassificationLevel level = level(levelId);
        // read once per transaction: checking a request asks for the same level several times
        EquivalenceTable table = EquivalenceTable.of(agreementId, TransactionMemo.remember(this,
                Arrays.asList(agreementId, levelId, recipientParty),
                () -> equivalences.findRows(agreementId, levelId, recipientParty)));
        return table.equivalentOf(level, recipientParty, asOf);
    }

    /** The whole table of an agreement, e.g. for a screen that lists every level. */
    public EquivalenceTable table(String agreementId) {
        return EquivalenceTable.of(agreementId, equivalences.findByAgreement(agreementId));
    }

    public ClassificationLevel level(String levelId) {
        return levels.findById(levelId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown classification level " + levelId));
    }
}

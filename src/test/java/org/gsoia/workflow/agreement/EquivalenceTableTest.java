package org.gsoia.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsoia.workflow.agreement.TestLevels.AGREEMENT;
import static org.gsoia.workflow.agreement.TestLevels.DE_GEHEIM;
import static org.gsoia.workflow.agreement.TestLevels.DE_STRENG_GEHEIM;
import static org.gsoia.workflow.agreement.TestLevels.DE_VSNFD;
import static org.gsoia.workflow.agreement.TestLevels.DE_VSV;
import static org.gsoia.workflow.agreement.TestLevels.IN_FORCE;
import static org.gsoia.workflow.agreement.TestLevels.JP_GOKUHI;
import static org.gsoia.workflow.agreement.TestLevels.JP_HI;
import static org.gsoia.workflow.agreement.TestLevels.JP_TOKUTEI;
import static org.gsoia.workflow.agreement.TestLevels.none;
import static org.gsoia.workflow.agreement.TestLevels.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EquivalenceTableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** Domain note §1.3, both directions, with the secondary Japanese SECRET row listed first on purpose. */
    private final EquivalenceTable table = EquivalenceTable.of(AGREEMENT, List.of(
            row(DE_GEHEIM, JP_TOKUTEI, false, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(DE_GEHEIM, JP_GOKUHI, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(JP_GOKUHI, DE_GEHEIM, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(JP_TOKUTEI, DE_GEHEIM, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(DE_VSV, JP_HI, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(JP_HI, DE_VSV, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            none(DE_STRENG_GEHEIM, "JP", IN_FORCE),
            none(DE_VSNFD, "JP", IN_FORCE)));

    @Test
    void oneToManyListsThePreferredLevelFirstWhateverTheRowOrder() {
        Equivalence geheim = table.equivalentOf(DE_GEHEIM, "JP", TODAY);

        assertThat(geheim.levels()).containsExactly(JP_GOKUHI, JP_TOKUTEI);
        assertThat(geheim.preferred()).contains(JP_GOKUHI);
        assertThat(geheim.isOneToMany()).isTrue();
        assertThat(geheim.blocksExchange()).isFalse();
        assertThat(geheim.needsVerification()).isTrue();
    }

    @Test
    void bothDirectionsAreAnsweredFromTheirOwnRows() {
        assertThat(table.equivalentOf(JP_GOKUHI, "DE", TODAY).levels()).containsExactly(DE_GEHEIM);
        assertThat(table.equivalentOf(JP_TOKUTEI, "DE", TODAY).levels()).containsExactly(DE_GEHEIM);
        assertThat(table.equivalentOf(DE_VSV, "JP", TODAY).levels()).containsExactly(JP_HI);
        assertThat(table.equivalentOf(JP_HI, "DE", TODAY).levels()).containsExactly(DE_VSV);
    }

    @Test
    void noEquivalentBlocksTheExchange() {
        Equivalence strengGeheim = table.equivalentOf(DE_STRENG_GEHEIM, "JP", TODAY);
        Equivalence nfd = table.equivalentOf(DE_VSNFD, "JP", TODAY);

        assertThat(strengGeheim.blocksExchange()).isTrue();
        assertThat(strengGeheim.levels()).isEmpty();
        assertThat(strengGeheim.preferred()).isEmpty();
        assertThat(strengGeheim.status()).isEqualTo(EquivalenceStatus.UNKNOWN);
        assertThat(strengGeheim.article()).isEqualTo("no row in the analogue");
        assertThat(nfd.blocksExchange()).isTrue();
    }

    @Test
    void aLevelWithoutAnyRowBlocksAsNotConfigured() {
        EquivalenceTable onlyGermanRows = EquivalenceTable.of(AGREEMENT,
                List.of(row(DE_GEHEIM, JP_GOKUHI, true, EquivalenceStatus.ANALOGUE, IN_FORCE)));

        Equivalence gokuhi = onlyGermanRows.equivalentOf(JP_GOKUHI, "DE", TODAY);

        assertThat(gokuhi.blocksExchange()).isTrue();
        assertThat(gokuhi.status()).isEqualTo(EquivalenceStatus.NOT_CONFIGURED);
    }

    @Test
    void rowsDoNotApplyBeforeTheirValidFromDate() {
        assertThat(table.equivalentOf(DE_GEHEIM, "JP", IN_FORCE.minusDays(1)).blocksExchange()).isTrue();
        assertThat(table.equivalentOf(DE_GEHEIM, "JP", IN_FORCE).blocksExchange()).isFalse();
    }

    @Test
    void laterRowsSupersedeEarlierOnesAsAGroup() {
        LocalDate amended = LocalDate.of(2027, 1, 1);
        EquivalenceTable versioned = EquivalenceTable.of(AGREEMENT, List.of(
                none(DE_STRENG_GEHEIM, "JP", IN_FORCE),
                row(DE_STRENG_GEHEIM, JP_TOKUTEI, true, EquivalenceStatus.VERIFIED, amended),
                row(DE_GEHEIM, JP_GOKUHI, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
                row(DE_GEHEIM, JP_TOKUTEI, false, EquivalenceStatus.ANALOGUE, IN_FORCE),
                row(DE_GEHEIM, JP_GOKUHI, true, EquivalenceStatus.VERIFIED, amended)));

        assertThat(versioned.equivalentOf(DE_STRENG_GEHEIM, "JP", amended.minusDays(1)).blocksExchange()).isTrue();
        Equivalence strengGeheim = versioned.equivalentOf(DE_STRENG_GEHEIM, "JP", amended);
        assertThat(strengGeheim.levels()).containsExactly(JP_TOKUTEI);
        assertThat(strengGeheim.needsVerification()).isFalse();
        assertThat(versioned.equivalentOf(DE_GEHEIM, "JP", amended).levels()).containsExactly(JP_GOKUHI);
    }

    @Test
    void theLeastCertainRowDecidesTheStatus() {
        EquivalenceTable mixed = EquivalenceTable.of(AGREEMENT, List.of(
                row(DE_GEHEIM, JP_GOKUHI, true, EquivalenceStatus.VERIFIED, IN_FORCE),
                row(DE_GEHEIM, JP_TOKUTEI, false, EquivalenceStatus.VERIFY, IN_FORCE)));

        assertThat(mixed.equivalentOf(DE_GEHEIM, "JP", TODAY).status()).isEqualTo(EquivalenceStatus.VERIFY);
    }

    @Test
    void aNoEquivalentRowBesideRealOnesBlocks() {
        EquivalenceTable contradictory = EquivalenceTable.of(AGREEMENT, List.of(
                row(DE_GEHEIM, JP_GOKUHI, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
                none(DE_GEHEIM, "JP", IN_FORCE)));

        assertThat(contradictory.equivalentOf(DE_GEHEIM, "JP", TODAY).blocksExchange()).isTrue();
    }

    @Test
    void aLevelStayingWithItsOwnPartyIsItsOwnEquivalent() {
        Equivalence national = table.equivalentOf(DE_GEHEIM, "DE", TODAY);

        assertThat(national.isNational()).isTrue();
        assertThat(national.levels()).containsExactly(DE_GEHEIM);
        assertThat(national.blocksExchange()).isFalse();
    }

    @Test
    void rejectsARowWhoseTargetBelongsToAnotherParty() {
        LevelEquivalence wrong = new LevelEquivalence("bad", AGREEMENT, DE_GEHEIM, "JP", DE_VSV, true,
                EquivalenceStatus.ANALOGUE, null, IN_FORCE);

        assertThatThrownBy(() -> EquivalenceTable.of(AGREEMENT, List.of(wrong)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DE-VSV");
    }

    @Test
    void rejectsRowsOfAnotherAgreement() {
        LevelEquivalence other = new LevelEquivalence("uk", "JP-UK-2013", DE_GEHEIM, "JP", JP_GOKUHI, true,
                EquivalenceStatus.ANALOGUE, null, IN_FORCE);

        assertThatThrownBy(() -> EquivalenceTable.of(AGREEMENT, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

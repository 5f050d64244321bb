package org.gsoia.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.agreement.TestLevels.AGREEMENT;
import static org.gsoia.workflow.agreement.TestLevels.DE_GEHEIM;
import static org.gsoia.workflow.agreement.TestLevels.DE_STRENG_GEHEIM;
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

/** Expected strings are the examples of the dual-marking requirement (R-CL-03), written out by hand. */
class DualMarkingFormatterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final EquivalenceTable table = EquivalenceTable.of(AGREEMENT, List.of(
            row(DE_GEHEIM, JP_TOKUTEI, false, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(DE_GEHEIM, JP_GOKUHI, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(JP_GOKUHI, DE_GEHEIM, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(DE_VSV, JP_HI, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            row(JP_HI, DE_VSV, true, EquivalenceStatus.ANALOGUE, IN_FORCE),
            none(DE_STRENG_GEHEIM, "JP", IN_FORCE)));

    private String format(ClassificationLevel level, String recipient, String noEquivalent) {
        return DualMarkingFormatter.format(table.equivalentOf(level, recipient, TODAY), noEquivalent);
    }

    @Test
    void japaneseOriginShowsNativeScriptWithRomanisationThenTheGermanLevel() {
        assertThat(format(JP_GOKUHI, "DE", "-")).isEqualTo("極秘 (Gokuhi) · JP — GEHEIM · DE");
        assertThat(format(JP_HI, "DE", "-")).isEqualTo("秘 (Hi) · JP — VS-VERTRAULICH · DE");
    }

    @Test
    void germanOriginHasNoRomanisation() {
        assertThat(format(DE_VSV, "JP", "-")).isEqualTo("VS-VERTRAULICH · DE — 秘 (Hi) · JP");
    }

    @Test
    void oneToManyShowsEveryEquivalentPreferredFirst() {
        assertThat(format(DE_GEHEIM, "JP", "-"))
                .isEqualTo("GEHEIM · DE — 極秘 (Gokuhi) / 特定秘密 (Tokutei Himitsu) · JP");
    }

    @Test
    void noEquivalentShowsTheGivenTextInPlaceOfTheRecipientsMarking() {
        assertThat(format(DE_STRENG_GEHEIM, "JP", "kein Äquivalent"))
                .isEqualTo("STRENG GEHEIM · DE — kein Äquivalent · JP");
        assertThat(format(DE_STRENG_GEHEIM, "JP", "相当する区分なし"))
                .isEqualTo("STRENG GEHEIM · DE — 相当する区分なし · JP");
    }

    @Test
    void aLevelWithoutAnyRowAlsoShowsTheNoEquivalentText() {
        assertThat(format(JP_TOKUTEI, "DE", "no equivalent"))
                .isEqualTo("特定秘密 (Tokutei Himitsu) · JP — no equivalent · DE");
    }

    @Test
    void nationalInformationCarriesOnlyItsOwnMarking() {
        assertThat(format(JP_GOKUHI, "JP", "-")).isEqualTo("極秘 (Gokuhi) · JP");
        assertThat(format(DE_GEHEIM, "DE", "-")).isEqualTo("GEHEIM · DE");
    }
}

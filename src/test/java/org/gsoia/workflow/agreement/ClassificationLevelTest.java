package org.gsoia.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsoia.workflow.agreement.TestLevels.DE_GEHEIM;
import static org.gsoia.workflow.agreement.TestLevels.DE_STRENG_GEHEIM;
import static org.gsoia.workflow.agreement.TestLevels.DE_VSNFD;
import static org.gsoia.workflow.agreement.TestLevels.DE_VSV;
import static org.gsoia.workflow.agreement.TestLevels.JP_GOKUHI;
import static org.gsoia.workflow.agreement.TestLevels.JP_HI;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationLevelTest {

    private static final Organisation NORDWERK = new Organisation("DE-NORDWERK", "DE", OrganisationKind.COMPANY,
            "Nordwerk Systemtechnik GmbH", "Nordwerk Systemtechnik GmbH", "Bremen");
    private static final LocalDate EXPIRY = LocalDate.of(2028, 6, 30);

    @Test
    void markingCarriesRomanisationOnlyWhereThereIsOne() {
        assertThat(JP_GOKUHI.markingWithRomanisation()).isEqualTo("極秘 (Gokuhi)");
        assertThat(DE_GEHEIM.markingWithRomanisation()).isEqualTo("GEHEIM");
    }

    @Test
    void ranksCompareWithinOneParty() {
        assertThat(DE_GEHEIM.isAtLeast(DE_VSV)).isTrue();
        assertThat(DE_GEHEIM.isAtLeast(DE_GEHEIM)).isTrue();
        assertThat(DE_GEHEIM.isAtLeast(DE_STRENG_GEHEIM)).isFalse();
        assertThat(JP_GOKUHI.isAtLeast(JP_HI)).isTrue();
    }

    @Test
    void ranksOfDifferentPartiesAreNotComparable() {
        assertThatThrownBy(() -> DE_GEHEIM.isAtLeast(JP_HI)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsMostSensitiveFirst() {
        assertThat(List.of(DE_VSNFD, DE_GEHEIM, DE_STRENG_GEHEIM, DE_VSV).stream()
                .sorted(ClassificationLevel.BY_RANK_DESCENDING).toList())
                .containsExactly(DE_STRENG_GEHEIM, DE_GEHEIM, DE_VSV, DE_VSNFD);
    }

    @Test
    void aValidFscCoversItsLevelAndBelowUntilItsExpiryDayInclusive() {
        Facility bremen = facility(FscStatus.VALID, DE_GEHEIM, EXPIRY);

        assertThat(bremen.fscCovers(DE_VSV, EXPIRY)).isTrue();
        assertThat(bremen.fscCovers(DE_GEHEIM, EXPIRY)).isTrue();
        assertThat(bremen.fscCovers(DE_STRENG_GEHEIM, EXPIRY)).isFalse();
        assertThat(bremen.fscCovers(DE_VSV, EXPIRY.plusDays(1))).isFalse();
    }

    @Test
    void aSuspendedOrLevellessFscCoversNothing() {
        assertThat(facility(FscStatus.SUSPENDED, DE_GEHEIM, EXPIRY).hasValidFscOn(EXPIRY.minusYears(1))).isFalse();
        assertThat(facility(FscStatus.VALID, null, null).hasValidFscOn(EXPIRY)).isFalse();
        assertThat(facility(FscStatus.VALID, DE_VSV, null).hasValidFscOn(EXPIRY)).isTrue();
    }

    private static Facility facility(FscStatus status, ClassificationLevel level, LocalDate expiry) {
        return new Facility("DE-NORDWERK-BRE", NORDWERK, "Werk Bremen", null, "Bremen", level, status, expiry);
    }
}

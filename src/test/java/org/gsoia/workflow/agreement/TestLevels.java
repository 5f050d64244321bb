package org.gsoia.workflow.agreement;

import java.time.LocalDate;

/** The levels of domain note §1.1/§1.2 as plain objects, for tests that need no database. */
final class TestLevels {

    static final String AGREEMENT = "JP-DE-2021";
    static final LocalDate IN_FORCE = LocalDate.of(2021, 3, 22);

    static final ClassificationLevel DE_STRENG_GEHEIM = german("DE-STRENG-GEHEIM", "STRENG GEHEIM", "Str. Geh.",
            EnglishReference.TOP_SECRET, 4);
    static final ClassificationLevel DE_GEHEIM = german("DE-GEHEIM", "GEHEIM", "Geh.", EnglishReference.SECRET, 3);
    static final ClassificationLevel DE_VSV = german("DE-VSV", "VS-VERTRAULICH", "VS-Vertr.",
            EnglishReference.CONFIDENTIAL, 2);
    static final ClassificationLevel DE_VSNFD = german("DE-VSNFD", "VS-NUR FÜR DEN DIENSTGEBRAUCH", "VS-NfD",
            EnglishReference.RESTRICTED, 1);
    static final ClassificationLevel JP_TOKUTEI = japanese("JP-TOKUTEI", "特定秘密", "Tokutei Himitsu", 4);
    static final ClassificationLevel JP_GOKUHI = japanese("JP-GOKUHI", "極秘", "Gokuhi", 3);
    static final ClassificationLevel JP_HI = japanese("JP-HI", "秘", "Hi", 2);

    private TestLevels() {
    }

    static LevelEquivalence row(ClassificationLevel from, ClassificationLevel to, boolean preferred,
            EquivalenceStatus status, LocalDate validFrom) {
        return new LevelEquivalence(from.getId() + ">" + to.getId() + "@" + validFrom, AGREEMENT, from,
                to.getPartyCode(), to, preferred, status, "Art. 4 " + to.getId(), validFrom);
    }

    static LevelEquivalence none(ClassificationLevel from, String toParty, LocalDate validFrom) {
        return new LevelEquivalence(from.getId() + ">none@" + validFrom, AGREEMENT, from, toParty, null, false,
                EquivalenceStatus.UNKNOWN, "no row in the analogue", validFrom);
    }

    private static ClassificationLevel german(String id, String marking, String abbreviation,
            EnglishReference reference, int rank) {
        return new ClassificationLevel(id, "DE", marking, null, abbreviation, reference, rank, "§ 4 SÜG", "Ü");
    }

    private static ClassificationLevel japanese(String id, String marking, String romanisation, int rank) {
        EnglishReference reference = rank >= 3 ? EnglishReference.SECRET : EnglishReference.CONFIDENTIAL;
        return new ClassificationLevel(id, "JP", marking, romanisation, null, reference, rank, "Act", "適性評価");
    }
}

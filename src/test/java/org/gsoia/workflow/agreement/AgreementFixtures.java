package org.gsoia.workflow.agreement;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;

/**
 * Reference data for unit tests of other packages, which cannot reach the package-private constructors: the
 * levels of {@link TestLevels} and the equivalences of {@link DualMarkingFormatterTest}, without a database.
 */
public final class AgreementFixtures {

    public static final String AGREEMENT = TestLevels.AGREEMENT;

    private static final LocalDate AS_OF = TestLevels.IN_FORCE.plusYears(5);
    private static final Map<String, ClassificationLevel> LEVELS = Stream.of(TestLevels.DE_STRENG_GEHEIM,
                    TestLevels.DE_GEHEIM, TestLevels.DE_VSV, TestLevels.DE_VSNFD, TestLevels.JP_TOKUTEI,
                    TestLevels.JP_GOKUHI, TestLevels.JP_HI)
            .collect(Collectors.toMap(ClassificationLevel::getId, Function.identity()));
    private static final EquivalenceTable TABLE = EquivalenceTable.of(AGREEMENT, List.of(
            TestLevels.row(TestLevels.DE_GEHEIM, TestLevels.JP_TOKUTEI, false, EquivalenceStatus.ANALOGUE,
                    TestLevels.IN_FORCE),
            TestLevels.row(TestLevels.DE_GEHEIM, TestLevels.JP_GOKUHI, true, EquivalenceStatus.ANALOGUE,
                    TestLevels.IN_FORCE),
            TestLevels.row(TestLevels.JP_GOKUHI, TestLevels.DE_GEHEIM, true, EquivalenceStatus.ANALOGUE,
                    TestLevels.IN_FORCE),
            TestLevels.row(TestLevels.DE_VSV, TestLevels.JP_HI, true, EquivalenceStatus.ANALOGUE, TestLevels.IN_FORCE),
            TestLevels.row(TestLevels.JP_HI, TestLevels.DE_VSV, true, EquivalenceStatus.ANALOGUE, TestLevels.IN_FORCE),
            TestLevels.none(TestLevels.DE_STRENG_GEHEIM, "JP", TestLevels.IN_FORCE)));

    private AgreementFixtures() {
    }

    /** The real formatter over those equivalences, with the "no equivalent" text from {@code messages}. */
    public static DualMarkingFormatter dualMarking(MessageSource messages) {
        EquivalenceService equivalences = mock(EquivalenceService.class);
        when(equivalences.equivalentOf(eq(AGREEMENT), anyString(), anyString())).thenAnswer(call ->
                TABLE.equivalentOf(LEVELS.get(call.<String>getArgument(1)), call.getArgument(2), AS_OF));
        return new DualMarkingFormatter(equivalences, messages);
    }
}

package org.gsoia.workflow.agreement;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dual marking (R-CL-03): the originator's marking and party, then the recipient's corresponding level(s) and
 * party, each marking in its native script with romanisation where the script is not Latin, e.g.
 * {@code 極秘 (Gokuhi) · JP — GEHEIM · DE} or {@code GEHEIM · DE — 極秘 (Gokuhi) / 特定秘密 (Tokutei Himitsu) · JP}.
 * Without an equivalent, the recipient's side shows a localised "no equivalent" text instead of a marking.
 */
@Component
public class DualMarkingFormatter {

    /** MessageSource key of the text shown in place of the recipient's marking when there is no equivalent. */
    public static final String NO_EQUIVALENT_KEY = "marking.noEquivalent";

    /** Used until the key is in the bundle, so that a missing translation never hides the blocking state. */
    static final String NO_EQUIVALENT_FALLBACK = "no equivalent";

    private static final String PARTY_SEPARATOR = " · ";
    private static final String SIDE_SEPARATOR = " — ";
    private static final String ALTERNATIVE_SEPARATOR = " / ";

    private final EquivalenceService equivalences;
    private final MessageSource messages;

    DualMarkingFormatter(EquivalenceService equivalences, MessageSource messages) {
        this.equivalences = equivalences;
        this.messages = messages;
    }

    /** For UI code: looks up the equivalence in force today and localises the "no equivalent" text. */
    public String format(String agreementId, String levelId, String recipientParty, Locale locale) {
        Equivalence equivalence = equivalences.equivalentOf(agreementId, levelId, recipientParty);
        return format(equivalence, messages.getMessage(NO_EQUIVALENT_KEY, null, NO_EQUIVALENT_FALLBACK, locale));
    }

    /**
     * The two sides of the dual marking (the originator's marking, then the recipient's), for screens that set each
     * side on a line of its own so that a marking such as VS-VERTRAULICH never breaks inside.
     */
    public java.util.List<String> sides(String agreementId, String levelId, String recipientParty, Locale locale) {
        return java.util.List.of(format(agreementId, levelId, recipientParty, locale).split(SIDE_SEPARATOR));
    }

    /**
     * The dual marking of an equivalence. Information that stays with its own party gets its single marking,
     * e.g. {@code GEHEIM · DE}.
     */
    public static String format(Equivalence equivalence, String noEquivalentText) {
        ClassificationLevel source = equivalence.source();
        String originator = source.markingWithRomanisation() + PARTY_SEPARATOR + source.getPartyCode();
        if (equivalence.isNational()) {
            return originator;
        }
        String recipientMarking = equivalence.hasEquivalent()
                ? equivalence.levels().stream().map(ClassificationLevel::markingWithRomanisation)
                        .collect(Collectors.joining(ALTERNATIVE_SEPARATOR))
                : noEquivalentText;
        return originator + SIDE_SEPARATOR + recipientMarking + PARTY_SEPARATOR + equivalence.recipientParty();
    }
}

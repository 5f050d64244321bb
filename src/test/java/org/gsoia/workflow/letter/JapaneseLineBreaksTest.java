package org.gsoia.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A break is allowed after the character at the given index; the rules of Japanese typesetting narrow that. */
class JapaneseLineBreaksTest {

    private static boolean breaksAfter(String text, int index) {
        char[] chars = text.toCharArray();
        return JapaneseLineBreaks.INSTANCE.isSplitCharacter(0, index, chars.length, chars, null);
    }

    @Test
    void betweenKanaAndKanjiALineMayBreak() {
        assertThat(breaksAfter("交換します", 1)).isTrue();
    }

    @Test
    void noLineStartsWithClosingPunctuationOrSmallKana() {
        assertThat(breaksAfter("されます。", 3)).isFalse();
        assertThat(breaksAfter("含まれず、承認", 3)).isFalse();
        assertThat(breaksAfter("ロケット", 1)).isFalse();
        assertThat(breaksAfter("協定（東京）", 4)).isFalse();
    }

    @Test
    void noLineEndsWithAnOpeningBracket() {
        assertThat(breaksAfter("協定（東京）", 2)).isFalse();
        assertThat(breaksAfter("協定（東京）", 1)).isTrue();
    }

    @Test
    void latinTextStillBreaksOnlyAtSpacesAndHyphens() {
        assertThat(breaksAfter("Halle 3", 5)).isTrue();
        assertThat(breaksAfter("Halle 3", 2)).isFalse();
        assertThat(breaksAfter("VS-VERTRAULICH", 2)).isTrue();
    }
}

package org.gsoia.workflow.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "0008", "000B", "000C", "001B", "001F", "007F", "0080", "0085", "009F",
            "2028", "2029"})
    void controlCharactersAndUnicodeLineSeparatorsAreRefusedInLinesAndTexts(String hex) {
        String text = "Design" + Character.toString(Integer.parseInt(hex, 16)) + " review";
        assertThat(ControlCharacters.inLine(text)).isTrue();
        assertThat(ControlCharacters.inText(text)).isTrue();
    }

    @Test
    void tabAndLineBreaksAreRefusedInALineOnly() {
        for (String breaks : new String[] {"a\tb", "a\nb", "a\r\nb"}) {
            assertThat(ControlCharacters.inLine(breaks)).as(breaks).isTrue();
            assertThat(ControlCharacters.inText(breaks)).as(breaks).isFalse();
        }
    }

    @Test
    void halfASurrogatePairIsRefusedWhileWholeOnesPass() {
        for (String broken : new String[] {"a\uD800b", "end\uDC00", "\uD83D"}) {
            assertThat(ControlCharacters.inLine(broken)).as(broken).isTrue();
            assertThat(ControlCharacters.inText(broken)).as(broken).isTrue();
        }
        assertThat(ControlCharacters.inText("\uD83D\uDE00 \uD842\uDFB7")).isFalse();
    }

    @Test
    void ordinaryTextOfEveryScriptHasNone() {
        for (String text : new String[] {"", "Bundesministerium für Wirtschaft", "防衛装備庁 (ATLA)", "O’Brien – 𠮷野家 😀",
                "no\u00A0break", null}) {
            assertThat(ControlCharacters.inLine(text)).as(text).isFalse();
            assertThat(ControlCharacters.inText(text)).as(text).isFalse();
        }
    }
}

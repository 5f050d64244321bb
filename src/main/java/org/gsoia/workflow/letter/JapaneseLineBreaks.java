package org.gsoia.workflow.letter;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Line breaking with the basic rules of Japanese typesetting (kinsoku): OpenPDF may break after any kanji or
 * kana, which would start a line with 。 or a small っ, or end one with an opening bracket. Breaks elsewhere
 * are OpenPDF's own: after spaces and hyphens, and between CJK characters.
 */
final class JapaneseLineBreaks implements SplitCharacter {

    static final JapaneseLineBreaks INSTANCE = new JapaneseLineBreaks();

    /** May not begin a line: closing brackets and punctuation, small kana, prolonged sound and iteration marks. */
    private static final String NO_LINE_START = "、。，．・：；？！ー―‐〜…‥）〕］｝〉》」』】〙〗’”々ゝゞヽヾ"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ)]},.:;!?%";
    /** May not end a line: opening brackets. */
    private static final String NO_LINE_END = "（〔［｛〈《「『【〘〖‘“([{";

    private JapaneseLineBreaks() {
    }

    /** A break is allowed after {@code cc[current]} unless it opens a bracket or the next character may not lead. */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (!DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return false;
        }
        if (NO_LINE_END.indexOf(cc[current]) >= 0) {
            return false;
        }
        return current + 1 >= end || NO_LINE_START.indexOf(cc[current + 1]) < 0;
    }
}

package org.gsoia.workflow.letter;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts of the PDF letters, shipped in the jar so that a letter looks the same on every server, whatever
 * fonts its operating system has. OpenPDF's standard fonts have no Japanese glyphs, so the letters embed
 * subsets of two TrueType fonts (see {@code tools/letter-font/make_letter_font.py} and the licences next to
 * the fonts): a cut of Noto Sans CJK JP for Latin-1, kana and the kanji of JIS X 0213 and Windows-31J, and a
 * cut of DejaVu Sans for the rest of Latin, Greek and Cyrillic, which names of visitors may need.
 */
public final class LetterFonts {

    /**
     * Printed for a character neither font has, e.g. Hangul or a kanji outside JIS X 0213: the geta mark, the
     * Japanese typesetters' sign for a missing glyph, so that a name is visibly incomplete rather than silently
     * shortened. The passport spelling next to it is always complete (A–Z).
     */
    public static final String MISSING_GLYPH = "〓";

    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.3f;

    private static final String FONT_FOLDER = "/fonts/";
    private static final List<String> FONT_FILES =
            List.of("GsoiaLetterSansJP-Regular.ttf", "GsoiaLetterSansLatin-Regular.ttf");

    private final List<BaseFont> fonts;

    private LetterFonts(List<BaseFont> fonts) {
        this.fonts = fonts;
    }

    /**
     * The fonts, parsed on first use (about 4 MB, so not at start-up) and then shared: OpenPDF only reads a
     * font while writing a document, and each document records its own subset.
     */
    public static LetterFonts shared() {
        return Shared.INSTANCE;
    }

    /** The JVM initialises this class once, on first access, and safely across threads. */
    private static final class Shared {
        static final LetterFonts INSTANCE = new LetterFonts(FONT_FILES.stream().map(LetterFonts::read).toList());
    }

    private static BaseFont read(String file) {
        try (InputStream in = LetterFonts.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT_FOLDER + file + " is not on the class path");
            }
            // IDENTITY_H: any Unicode character; EMBEDDED: only the glyphs a letter uses go into its PDF
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        }
    }

    /**
     * The text in the first font that has each character, broken into lines by {@link JapaneseLineBreaks};
     * bold is drawn by OpenPDF (the fonts have no bold). No text (null) prints as an empty line.
     */
    Phrase phrase(String text, float size, int style, Color color) {
        FontSelector selector = new FontSelector();
        fonts.forEach(font -> selector.addFont(new Font(font, size, style, color)));
        Phrase phrase = selector.process(printable(text == null ? "" : text));
        phrase.getChunks().stream().map(Chunk.class::cast)
                .forEach(chunk -> chunk.setSplitCharacter(JapaneseLineBreaks.INSTANCE));
        // the phrase's own font sets the spacing around a paragraph; OpenPDF's default would add Helvetica
        phrase.setFont(new Font(fonts.get(0), size, style, color));
        phrase.setLeading(size * LEADING);
        return phrase;
    }

    /** Replaces what no font can show by {@link #MISSING_GLYPH}; FontSelector would drop it without a trace. */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || fonts.stream().anyMatch(font -> font.charExists(cp))) {
                printable.appendCodePoint(cp);
            } else {
                printable.append(Character.isWhitespace(cp) ? " " : MISSING_GLYPH);
            }
        });
        return printable.toString();
    }
}

package org.gsoia.workflow.letter;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How the letters look: a title, then sections of label–value fields or of tables, and a footer on every page.
 * A section's heading is the first header row of its table, so it never stays behind at the foot of a page
 * and is repeated when the table goes on over the next one.
 */
public final class LetterLayout {

    /** Left, right, top, bottom in points (A4: 595 × 842); the bottom margin leaves room for the footer. */
    public static final float[] MARGINS = {56, 56, 56, 80};

    private static final float TITLE = 16;
    private static final float HEADING = 11.5f;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8;
    private static final float FOOTNOTE = 7.5f;
    private static final Color INK = new Color(0x1F, 0x23, 0x29);
    private static final Color ACCENT = new Color(0x1A, 0x3D, 0x6D);
    private static final Color MUTED = new Color(0x5A, 0x61, 0x6B);
    private static final Color RULE = new Color(0xC5, 0xCB, 0xD3);
    private static final Color SHADE = new Color(0xEE, 0xF1, 0xF5);

    /** A labelled value of a fields section; {@code emphasised} sets the value in bold. */
    public record Field(String label, String value, boolean emphasised) {

        public Field(String label, String value) {
            this(label, value, false);
        }
    }

    private final LetterFonts fonts;
    private final Document document;

    public LetterLayout(LetterFonts fonts, Document document) {
        this.fonts = fonts;
        this.document = document;
    }

    public void title(String title) {
        Paragraph paragraph = new Paragraph(fonts.phrase(title, TITLE, Font.BOLD, ACCENT));
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    /** Labels in a narrow left column, values beside them; {@code heading} may be null. */
    public void fields(String heading, List<Field> fields) {
        PdfPTable table = table(new float[] {3, 7}, heading);
        table.setHeaderRows(heading == null ? 0 : 1);
        for (Field field : fields) {
            table.addCell(cell(fonts.phrase(field.label(), SMALL, Font.NORMAL, MUTED), null));
            table.addCell(cell(fonts.phrase(field.value(), BODY, field.emphasised() ? Font.BOLD : Font.NORMAL, INK),
                    null));
        }
        document.add(table);
    }

    /** A table under {@code heading} with a row of column headers; a cell's lines are separated by {@code \n}. */
    public void grid(String heading, List<String> headers, float[] widths, List<List<String>> rows) {
        PdfPTable table = table(widths, heading);
        headers.forEach(header -> table.addCell(cell(fonts.phrase(header, SMALL, Font.BOLD, INK), SHADE)));
        table.setHeaderRows(2);
        rows.forEach(row -> row.forEach(text -> table.addCell(cell(fonts.phrase(text, SMALL + 0.5f, Font.NORMAL, INK),
                null))));
        document.add(table);
    }

    private PdfPTable table(float[] widths, String heading) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        // a row that does not fit moves to the next page whole, unless it is longer than a page
        table.setSplitLate(true);
        if (heading != null) {
            PdfPCell cell = new PdfPCell(fonts.phrase(heading, HEADING, Font.BOLD, ACCENT));
            cell.setColspan(widths.length);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingTop(14);
            cell.setPaddingBottom(5);
            cell.setPaddingLeft(0);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(Phrase content, Color background) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setLeading(0, 1.2f);
        cell.setUseAscender(true);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** The note and "page n" line at the foot of every page. */
    public static PdfPageEventHelper footer(LetterFonts fonts, String note, IntFunction<String> pageLabel) {
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                float left = document.left();
                float right = document.right();
                float rule = document.bottom() - 16;
                canvas.setColorStroke(RULE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(left, rule);
                canvas.lineTo(right, rule);
                canvas.stroke();
                ColumnText column = new ColumnText(canvas);
                column.setSimpleColumn(left, rule - 34, right, rule - 3);
                column.setLeading(0, LetterFonts.LEADING);
                column.addText(fonts.phrase(note, FOOTNOTE, Font.NORMAL, MUTED));
                column.go();
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        fonts.phrase(pageLabel.apply(writer.getPageNumber()), FOOTNOTE, Font.NORMAL, MUTED),
                        right, rule - 46, 0);
            }
        };
    }
}

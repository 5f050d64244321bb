package org.gsoia.workflow.web;

import com.vaadin.flow.component.HasSize;
import java.util.Collection;

/**
 * Widths that fit the longest text a field shows, in every language: a fixed width that suits "Alle" cuts off
 * "Meine und die meiner Gruppen" and "自分とグループの未担当". Characters of the wide East Asian scripts take about
 * one em, others about half of one; the field's own chrome (padding, the dropdown arrow) is added.
 */
public final class FieldWidths {

    /** Padding and the toggle button of a select or combo box. */
    private static final double CHROME_EM = 3.2;
    private static final double MIN_EM = 8;

    private FieldWidths() {
    }

    /** Sets the field's width so that the longest of the texts shows whole. */
    public static void fit(HasSize field, Collection<String> texts) {
        fit(field, texts, 0);
    }

    /** The same for a field with more chrome, e.g. a search field's icon and clear button ({@code extraEm}). */
    public static void fit(HasSize field, Collection<String> texts, double extraEm) {
        double widest = texts.stream().mapToDouble(FieldWidths::em).max().orElse(0);
        field.setWidth(String.format(java.util.Locale.ROOT, "%.1fem",
                Math.max(MIN_EM, widest + CHROME_EM + extraEm)));
    }

    /** The approximate width of a text in em. */
    static double em(String text) {
        return text == null ? 0 : text.codePoints().mapToDouble(FieldWidths::charEm).sum();
    }

    private static double charEm(int codePoint) {
        if (isWide(codePoint)) {
            return 1.0;
        }
        return Character.isUpperCase(codePoint) ? 0.68 : 0.56;
    }

    /** The blocks Unicode's East Asian Width calls wide or full-width (CJK, kana with its marks, Hangul). */
    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6;
    }
}

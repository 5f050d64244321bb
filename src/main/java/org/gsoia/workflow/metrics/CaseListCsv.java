package org.gsoia.workflow.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A drill-down list as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Japanese text correctly),
 * comma-separated, quoted where needed, dates as ISO 8601. Headers and labels in the manager's language.
 */
public final class CaseListCsv {

    /** The UTF-8 byte order mark Excel needs to recognise the encoding. */
    public static final String BOM = "\uFEFF";

    static final List<String> HEADER_KEYS = List.of("metrics.case.reference", "metrics.case.procedure",
            "metrics.case.party", "metrics.case.step", "metrics.case.startedOn", "metrics.case.age",
            "metrics.case.dueDate");

    private CaseListCsv() {
    }

    /**
     * A text cell as a spreadsheet may not read it as a formula (CSV injection): a leading {@code = + - @}, tab or
     * carriage return gets an apostrophe in front, which spreadsheets show as text and do not evaluate.
     */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * @param translate  translation of a key in the manager's language
     * @param procedure  display name of a procedure key
     * @param party      display name of a party code
     * @param step       display text of a row's step or outcome
     */
    public static byte[] write(List<CaseRow> rows, Function<String, String> translate,
                               Function<String, String> procedure, Function<String, String> party,
                               Function<CaseRow, String> step) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write(BOM);
            csv.printRecord(HEADER_KEYS.stream().map(translate).map(CaseListCsv::cell).toList());
            for (CaseRow row : rows) {
                csv.printRecord(cell(row.reference()), cell(procedure.apply(row.procedureKey())),
                        row.partyCode() == null ? "" : cell(party.apply(row.partyCode())), cell(step.apply(row)),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(row.startedOn()), row.ageWorkingDays(),
                        row.dueDate() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(row.dueDate()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

package org.gsoia.workflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export read back: UTF-8 with a byte order mark, Japanese text intact, quoting where needed. */
class CaseListCsvTest {

    static final Map<String, String> JA = Map.of("metrics.case.reference", "整理番号", "metrics.case.procedure", "手続",
            "metrics.case.party", "決定する締約国", "metrics.case.step", "ステップまたは結果",
            "metrics.case.startedOn", "開始日", "metrics.case.age", "経過（営業日）", "metrics.case.dueDate", "決定期限");

    @Test
    void writesABomAndJapaneseTextThatReadsBackUnchanged() throws Exception {
        List<CaseRow> rows = List.of(
                new CaseRow("VR-2026-000001", "visit-request", "JP", "visit.task.reviewRequest", null,
                        LocalDate.of(2026, 3, 2), 9, LocalDate.of(2026, 3, 11), false),
                new CaseRow("VR-2026-000002", "visit-request", "DE", null, "Step, with \"quotes\"",
                        LocalDate.of(2026, 2, 20), 3, null, true));
        byte[] bytes = CaseListCsv.write(rows, JA::get, key -> "訪問申請", code -> "JP".equals(code) ? "日本" : "ドイツ",
                row -> row.step() == null ? row.stepFallback() : "申請の決定");

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith(CaseListCsv.BOM);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).toList()).containsExactly("整理番号", "手続", "決定する締約国", "ステップまたは結果",
                    "開始日", "経過（営業日）", "決定期限");
            assertThat(records.get(1).toList()).containsExactly("VR-2026-000001", "訪問申請", "日本", "申請の決定",
                    "2026-03-02", "9", "2026-03-11");
            assertThat(records.get(2).toList()).containsExactly("VR-2026-000002", "訪問申請", "ドイツ",
                    "Step, with \"quotes\"", "2026-02-20", "3", "");
        }
    }

    /** Issue 14, finding 11: a cell a spreadsheet would run as a formula is neutralised. */
    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreTextOnly() throws Exception {
        List<CaseRow> rows = List.of(new CaseRow("VR-2026-000003", "visit-request", "DE", null,
                "=HYPERLINK(\"http://evil.example\")", LocalDate.of(2026, 2, 20), 3, null, true));
        byte[] bytes = CaseListCsv.write(rows, JA::get, key -> "+1 procedure", code -> "@party",
                row -> row.stepFallback());
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.EXCEL)) {
            List<String> cells = parser.getRecords().get(1).toList();
            assertThat(cells.subList(1, 4)).containsExactly("'+1 procedure", "'@party",
                    "'=HYPERLINK(\"http://evil.example\")");
            assertThat(cells.get(0)).isEqualTo("VR-2026-000003");
        }
        assertThat(CaseListCsv.cell("-2")).isEqualTo("'-2");
        assertThat(CaseListCsv.cell("plain")).isEqualTo("plain");
    }
}

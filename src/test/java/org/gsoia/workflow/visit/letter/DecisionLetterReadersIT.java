package org.gsoia.workflow.visit.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, finding 6: the decision letter is built for its reader. The host facility and the applicant get it
 * without passport numbers (as on the request's page); the authorities get them.
 */
@GsoiaSpringTest
class DecisionLetterReadersIT {

    @Autowired
    DecisionLetters letters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostFacilitiesAndApplicantsGetNoPassportNumbersTheAuthoritiesDo() throws IOException {
        int checked = 0;
        for (String reference : jdbc.queryForList("select reference from visit_request order by reference", String.class)) {
            List<String> passports = jdbc.queryForList("select v.passport_number from visit_visitor v join visit_request r"
                    + " on r.id = v.visit_request_id where r.reference = ?", String.class, reference);
            Optional<String> authority = letterText(reference, "officer.de1").or(() -> letterText(reference, "officer.jp1"));
            for (String reader : List.of("facility.de", "facility.jp", "applicant.de", "applicant.jp")) {
                Optional<String> letter = letterText(reference, reader);
                if (letter.isPresent() && authority.isPresent() && !passports.isEmpty()) {
                    checked++;
                    assertThat(letter.get()).as(reference + " for " + reader).doesNotContain(passports);
                    assertThat(authority.get()).as(reference + " for the authority").contains(passports);
                }
            }
        }
        assertThat(checked).as("letters of the demo data read by a facility or an applicant").isGreaterThanOrEqualTo(2);
    }

    private Optional<String> letterText(String reference, String userId) {
        return letters.forUser(reference, userId, Locale.ENGLISH).map(pdf -> {
            try {
                PdfReader reader = new PdfReader(pdf);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
                }
                reader.close();
                return text.toString();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

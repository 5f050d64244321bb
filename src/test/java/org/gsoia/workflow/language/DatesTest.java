package org.gsoia.workflow.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One short and one long form per language, everywhere. */
class DatesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 30);

    @Test
    void theShortFormIsNumericAndZeroPaddedInEveryLanguage() {
        assertThat(Dates.format(DAY, Locale.GERMAN)).isEqualTo("30.01.2027");
        assertThat(Dates.format(DAY, Locale.JAPANESE)).isEqualTo("2027/01/30");
        assertThat(Dates.format(DAY, Locale.ENGLISH)).isEqualTo("2027-01-30");
        assertThat(Dates.format(DAY, Locale.FRENCH)).as("any other language reads the English form").isEqualTo("2027-01-30");
        assertThat(Dates.format(null, Locale.GERMAN)).isEmpty();
    }

    @Test
    void theLongFormSpellsTheMonthAndNamesTheWeekday() {
        assertThat(Dates.formatLong(DAY, Locale.GERMAN)).isEqualTo("Samstag, 30. Januar 2027");
        assertThat(Dates.formatLong(DAY, Locale.JAPANESE)).isEqualTo("2027年1月30日（土）");
        assertThat(Dates.formatLong(DAY, Locale.ENGLISH)).isEqualTo("Saturday, 30 January 2027");
    }

    @Test
    void aMomentIsTheShortDateAndTheTimeInTheReadersZone() {
        Instant moment = Instant.parse("2026-12-02T23:30:00Z");
        assertThat(Dates.formatDateTime(moment, ZoneId.of("Asia/Tokyo"), Locale.JAPANESE)).isEqualTo("2026/12/03 08:30");
        assertThat(Dates.formatDateTime(moment, ZoneId.of("Europe/Berlin"), Locale.GERMAN)).isEqualTo("03.12.2026 00:30");
    }

    @Test
    void theDateFieldPatternIsTheShortForm() {
        assertThat(Dates.shortPattern(Locale.GERMAN)).isEqualTo("dd.MM.yyyy");
        assertThat(Dates.shortPattern(Locale.JAPANESE)).isEqualTo("yyyy/MM/dd");
    }
}

package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.agreement.FscSummary;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The facility register pages in the database (PostgreSQL): filters by party and by any name a reader may type,
 * orders by the name the reader reads or by expiry, and its pages neither overlap nor leave gaps.
 */
@GsoiaSpringTest
class FacilityRegisterPagingIT {

    static final int FACILITIES = 23;

    @Autowired FacilityRegister register;
    @Autowired JdbcTemplate jdbc;

    private final String marker = "Zpage" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void aBatchOfFacilities() {
        for (int i = 0; i < FACILITIES; i++) {
            String id = "DE-PAGE-" + marker + "-" + i;
            // names in an order that is not the ids' order, expiry dates likewise, some without one
            jdbc.update("insert into facility (id, organisation_id, name, name_en, city, fsc_level_id, fsc_status,"
                            + " fsc_expires_on, version) values (?, 'DE-NORDWERK', ?, ?, 'Bremen', 'DE-VSV', ?, ?, 0)",
                    id, marker + " Halle " + (char) ('a' + (i * 7) % FACILITIES), marker + " Hall " + (char) ('A' + i),
                    i % 5 == 0 ? FscStatus.IN_PROCESS.name() : FscStatus.VALID.name(),
                    i % 4 == 0 ? null : java.sql.Date.valueOf(java.time.LocalDate.of(2030, 1, 1).plusDays(i * 13L % 31)));
            ids.add(id);
        }
    }

    @AfterEach
    void removeThem() {
        ids.forEach(id -> TestFacilities.remove(jdbc, id));
    }

    private List<FacilityEntry> all(String text, Locale reader, FacilityRegister.Order order, boolean descending,
                                    int pageSize) {
        List<FacilityEntry> rows = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<FacilityEntry> page = register.page(null, text, reader, order, descending, offset, pageSize);
            rows.addAll(page);
            if (page.size() < pageSize) {
                return rows;
            }
        }
    }

    @Test
    void pagesNeitherOverlapNorLeaveGapsInTheReadersOrder() {
        assertThat(register.count(null, marker)).isEqualTo(FACILITIES);
        List<FacilityEntry> german = all(marker, Locale.GERMAN, FacilityRegister.Order.FACILITY, false, 5);
        assertThat(german).extracting(FacilityEntry::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(german).extracting(FacilityEntry::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        // an English reader reads, and so sorts by, the English name
        List<FacilityEntry> english = all(marker, Locale.ENGLISH, FacilityRegister.Order.FACILITY, true, 4);
        assertThat(english).extracting(FacilityEntry::nameEn)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        List<FacilityEntry> byExpiry = all(marker, Locale.GERMAN, FacilityRegister.Order.EXPIRES, false, 6);
        assertThat(byExpiry).hasSize(FACILITIES);
        List<java.time.LocalDate> dates = byExpiry.stream().map(FacilityEntry::fscExpiresOn).toList();
        int firstWithout = dates.indexOf(null);
        assertThat(dates.subList(0, firstWithout)).isSorted().doesNotContainNull();
        assertThat(dates.subList(firstWithout, dates.size())).as("no expiry date last").containsOnlyNulls();
    }

    @Test
    void theSearchIgnoresCaseAndFindsRomanisationsOrganisationsAndCitiesButTakesWildcardsLiterally() {
        assertThat(register.page(null, "NAGOYA KŌJŌ", Locale.GERMAN, FacilityRegister.Order.FACILITY, false, 0, 50))
                .extracting(FacilityEntry::id).containsExactly("JP-SAKURA-NGO");
        assertThat(register.page(null, "さくら航空宇宙", Locale.JAPANESE, FacilityRegister.Order.FACILITY, false, 0, 50))
                .extracting(FacilityEntry::id).containsExactlyInAnyOrder("JP-SAKURA-NGO", "JP-SAKURA-GIF");
        assertThat(register.count(null, "friedrichshafen")).isEqualTo(1);
        assertThat(register.count(null, marker.toUpperCase(Locale.ROOT) + " hall")).isEqualTo(FACILITIES);
        assertThat(register.count(null, "%")).isZero();
        assertThat(register.count(null, "_")).isZero();
        assertThat(register.count(null, marker + "%Halle")).isZero();
        assertThat(register.count(null, "\\")).isZero();
        // a name that holds the wildcards and the escape character itself is found by exactly them
        String odd = "DE-PAGE-" + marker + "-odd";
        jdbc.update("insert into facility (id, organisation_id, name, city, fsc_level_id, fsc_status, version)"
                + " values (?, 'DE-NORDWERK', ?, 'Bremen', 'DE-VSV', 'VALID', 0)", odd,
                marker + " 100% Halle_3 \\ Sued");
        ids.add(odd);
        assertThat(register.page(null, "100% halle_3 \\", Locale.GERMAN, FacilityRegister.Order.FACILITY, false,
                0, 10)).extracting(FacilityEntry::id).containsExactly(odd);
        assertThat(register.count(null, "%")).isEqualTo(1);
        assertThat(register.count(null, "_")).isEqualTo(1);
        assertThat(register.count(null, "\\")).isEqualTo(1);
        assertThat(register.count(null, "0%h")).isZero();
    }

    @Test
    void thePartyFilterAndTheSummariesCountInTheDatabaseWhatTheRowsSay() {
        List<FacilityEntry> japanese = register.page("JP", null, Locale.ENGLISH,
                FacilityRegister.Order.PARTY_AND_FACILITY, false, 0, 1000);
        assertThat(japanese).isNotEmpty().allSatisfy(f -> assertThat(f.partyCode()).isEqualTo("JP"));
        assertThat(register.count("JP", null)).isEqualTo(japanese.size());
        assertThat(register.count(null, null)).isEqualTo(register.count("DE", null) + register.count("JP", null));

        for (FscSummary summary : register.summaryByParty()) {
            List<FacilityEntry> rows = register.ofParty(summary.partyCode());
            assertThat(summary.facilities()).isEqualTo(rows.size());
            assertThat(summary.valid()).isEqualTo(rows.stream().filter(f -> f.fscStatus() == FscStatus.VALID).count());
            assertThat(summary.needingAttention()).isEqualTo(rows.stream().filter(register::needsAttention).count());
        }
        assertThat(register.countNeedingAttention()).isEqualTo(register.summaryByParty().stream()
                .mapToLong(FscSummary::needingAttention).sum());
    }
}

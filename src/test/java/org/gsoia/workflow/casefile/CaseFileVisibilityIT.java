package org.gsoia.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.TestVisits;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Need-to-know of the case file on PostgreSQL, with the demo cases: each role sees exactly the cases it may, and a
 * case it may not see is indistinguishable from one that does not exist, whatever the reference asked for.
 */
@GsoiaSpringTest
class CaseFileVisibilityIT {

    @Autowired CaseFiles caseFiles;
    @Autowired CaseNotes notes;
    @Autowired VisitRequests visitRequests;
    @Autowired JdbcTemplate jdbc;

    /** A German company's case hosted by Minato (Japan) and a Japanese company's case hosted in Germany. */
    private String germanCase() {
        return TestVisits.requestsOf(visitRequests, "applicant.de").get(0).getReference();
    }

    private String japaneseCase() {
        List<VisitRequest> own = TestVisits.requestsOf(visitRequests, "applicant.jp");
        return own.get(0).getReference();
    }

    private boolean sees(String userId, String reference) {
        return caseFiles.open(reference, userId, Locale.ENGLISH).isPresent();
    }

    @Test
    void applicantsSeeOnlyTheirOwnOrganisationsCases() {
        assertThat(sees("applicant.de", germanCase())).isTrue();
        assertThat(sees("applicant.de", japaneseCase())).isFalse();
        assertThat(sees("applicant.jp", japaneseCase())).isTrue();
        assertThat(sees("applicant.jp", germanCase())).isFalse();
    }

    @Test
    void authoritiesOfBothPartiesSeeTheCasesBetweenThem() {
        assertThat(sees("officer.de1", germanCase())).isTrue();
        assertThat(sees("officer.jp2", germanCase())).isTrue();
        assertThat(sees("officer.jp1", japaneseCase())).isTrue();
    }

    @Test
    void aHostFacilitySeesOnlyTheCasesItHosts() {
        String germanToMinato = germanCase();
        assertThat(jdbc.queryForObject("select host_facility_id from visit_request where reference = ?", String.class,
                germanToMinato)).startsWith("JP-");
        assertThat(sees("facility.jp", germanToMinato)).isTrue();
        assertThat(sees("facility.de", germanToMinato)).isFalse();
        assertThat(sees("facility.jp", japaneseCase())).isFalse();
    }

    @Test
    void aManagerSeesNoCaseContentsAtAll() {
        String reference = germanCase();
        assertThat(sees("manager", reference)).isFalse();
        assertThat(caseFiles.isVisible(reference, "manager")).isFalse();
        assertThat(caseFiles.timeline(reference, "manager", Locale.ENGLISH)).isEmpty();
        assertThat(caseFiles.diagram(reference, "manager")).isEmpty();
        assertThat(notes.comments(reference, "manager")).isEmpty();
        assertThat(notes.attachments(reference, "manager")).isEmpty();
        assertThatThrownBy(() -> notes.addComment(reference, "manager", "Hello")).isInstanceOf(CaseNotFoundException.class);
    }

    /** Issue 14, finding 7: administrators read a case's metadata, never the people in it; the read is audited. */
    @Test
    void administratorsReadNoVisitorsNamesAndEachReadIsAudited() {
        String reference = germanCase();
        int reads = jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_FILE_READ'"
                + " and user_id = 'admin' and subject = ?", Integer.class, reference);
        String shown = caseFiles.open(reference, "admin", Locale.ENGLISH).orElseThrow().content().toString();
        List<String> visitorData = jdbc.queryForList("select v.surname_passport from visit_visitor v join visit_request r"
                + " on r.id = v.visit_request_id where r.reference = ?", String.class, reference);
        assertThat(visitorData).isNotEmpty();
        assertThat(shown).doesNotContain(visitorData);
        assertThat(caseFiles.open(reference, "applicant.de", Locale.ENGLISH).orElseThrow().content().toString())
                .as("the applicant still reads them").contains(visitorData);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_FILE_READ'"
                + " and user_id = 'admin' and subject = ?", Integer.class, reference)).isEqualTo(reads + 1);
    }

    @Test
    void administratorsWhoOperateTheEngineReadCaseFiles() {
        assertThat(sees("admin", germanCase())).isTrue();
        assertThat(sees("admin", japaneseCase())).isTrue();
        assertThat(sees("admin", "VR-1999-000001")).isFalse();
        // reading is all: comments and attachments come from those taking part
        String reference = germanCase();
        assertThat(caseFiles.mayContribute(reference, "admin")).isFalse();
        assertThat(caseFiles.mayContribute(reference, "applicant.de")).isTrue();
        assertThatThrownBy(() -> notes.addComment(reference, "admin", "Hello"))
                .isInstanceOfSatisfying(CaseFileRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("casefile.readOnly"));
        assertThatThrownBy(() -> notes.attach(reference, "admin", "note.txt", "hello".getBytes(), false))
                .isInstanceOf(CaseFileRefusedException.class);
        assertThat(notes.comments(reference, "admin")).noneMatch(c -> c.getAuthorId().equals("admin"));
    }

    @Test
    void anotherOrganisationsCaseLooksExactlyLikeAMissingOne() {
        String foreign = germanCase();
        assertThat(sees("applicant.de", foreign)).isTrue();
        assertThat(caseFiles.timeline(foreign, "applicant.jp", Locale.JAPANESE)).isEmpty();
        assertThat(caseFiles.diagram(foreign, "applicant.jp")).isEmpty();
        for (String crafted : List.of(foreign, foreign.toLowerCase(Locale.ROOT), foreign + " ", "VR-1999-000001",
                "VR-%", "VR-2026-000001' or '1'='1", "../visits/" + foreign, "", "X")) {
            assertThat(sees("applicant.jp", crafted)).as(crafted).isFalse();
            assertThat(caseFiles.isVisible(crafted, "applicant.jp")).as(crafted).isFalse();
            assertThatThrownBy(() -> notes.addComment(crafted, "applicant.jp", "Probe")).as(crafted)
                    .isInstanceOf(CaseNotFoundException.class).hasMessage("No case " + crafted);
        }
        assertThat(caseFiles.open(foreign, "nobody-at-all", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theCaseFileNamesWhoHoldsTheCaseAndItsLevelInDualMarking() {
        // the demo's first German case (the oldest) waits for the German authority's certification
        // the oldest request still waiting for certification: the demo's first, filed at start-up
        List<VisitRequest> waiting = TestVisits.requestsOf(visitRequests, "applicant.de").stream()
                .filter(r -> r.getStatus().name().equals("IN_CERTIFICATION")).toList();
        VisitRequest first = waiting.get(waiting.size() - 1);
        assertThat(first.getStatus().name()).isEqualTo("IN_CERTIFICATION");
        CaseFile caseFile = caseFiles.open(first.getReference(), "officer.de1", Locale.ENGLISH).orElseThrow();
        assertThat(caseFile.holders()).containsExactly("Competent security authority of Germany");
        assertThat(caseFile.content().levelMarking()).contains(" — ").contains("· DE").contains("· JP");
        assertThat(caseFile.content().sections()).extracting(CaseFileContent.Section::title)
                .containsExactly("Request", "Sites", "Visitors");
        assertThat(caseFile.procedure().page(first.getReference())).isEqualTo("visits/" + first.getReference());
    }
}

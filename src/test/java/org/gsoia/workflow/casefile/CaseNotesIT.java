package org.gsoia.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.TestVisits;
import org.gsoia.workflow.visit.VisitRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Comments and attachments on PostgreSQL: what is taken is stored with its audit event, what is refused (type,
 * size, content, classified or unanswered declaration, empty or too long text) leaves no row and no audit event.
 */
@GsoiaSpringTest
class CaseNotesIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired CaseNotes notes;
    @Autowired VisitRequests visitRequests;
    @Autowired JdbcTemplate jdbc;

    private String reference;

    @BeforeEach
    void aGermanCase() {
        reference = TestVisits.requestsOf(visitRequests, "applicant.de").get(0).getReference();
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where reference = ?", Integer.class, reference);
    }

    private int auditEvents(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where subject = ? and action = ?", Integer.class,
                reference, action);
    }

    private void assertRefused(Runnable attempt, String messageKey) {
        int attachments = rows("case_attachment");
        int comments = rows("case_comment");
        int events = jdbc.queryForObject("select count(*) from audit_event where subject = ?", Integer.class, reference);
        assertThatThrownBy(attempt::run).isInstanceOf(CaseFileRefusedException.class)
                .extracting(e -> ((CaseFileRefusedException) e).messageKey()).isEqualTo(messageKey);
        assertThat(rows("case_attachment")).isEqualTo(attachments);
        assertThat(rows("case_comment")).isEqualTo(comments);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = ?", Integer.class, reference))
                .isEqualTo(events);
    }

    @Test
    void aCommentIsStoredWithAuthorAndTimeAndAudited() {
        int before = auditEvents("CASE_COMMENT_ADDED");
        CaseComment comment = notes.addComment(reference, "officer.jp1", "  Host site confirmed by telephone.  ");
        assertThat(comment.getBody()).isEqualTo("Host site confirmed by telephone.");
        assertThat(notes.comments(reference, "applicant.de")).extracting(CaseComment::getBody, CaseComment::getAuthorId)
                .contains(org.assertj.core.groups.Tuple.tuple("Host site confirmed by telephone.", "officer.jp1"));
        assertThat(auditEvents("CASE_COMMENT_ADDED")).isEqualTo(before + 1);
    }

    @Test
    void anEmptyOrTooLongCommentIsRefusedAndNothingIsSaved() {
        assertRefused(() -> notes.addComment(reference, "applicant.de", "   "), "casefile.comment.empty");
        assertRefused(() -> notes.addComment(reference, "applicant.de", null), "casefile.comment.empty");
        assertRefused(() -> notes.addComment(reference, "applicant.de", "x".repeat(CaseComment.MAX_LENGTH + 1)),
                "casefile.comment.tooLong");
        assertThat(notes.addComment(reference, "applicant.de", "y".repeat(CaseComment.MAX_LENGTH)).getBody())
                .hasSize(CaseComment.MAX_LENGTH);
    }

    @Test
    void aCommentWithControlCharactersIsRefusedButMayHaveSeveralLines() {
        for (String hostile : new String[] {"\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\u2028"}) {
            assertRefused(() -> notes.addComment(reference, "officer.jp1", "Host site" + hostile + " confirmed."),
                    "validation.controlCharacters");
        }
        assertThat(notes.addComment(reference, "officer.jp1", "Host site confirmed.\r\n\tBy telephone.").getBody())
                .isEqualTo("Host site confirmed.\r\n\tBy telephone.");
    }

    @Test
    void anAttachmentWhoseNameHasControlCharactersIsRefusedAndNothingIsSaved() {
        for (String hostile : new String[] {"\u0000", "\u0001", "\t", "\n", "\u001B", "\u007F", "\u0085", "\u2028"}) {
            assertRefused(() -> notes.attach(reference, "applicant.de", "cover" + hostile + "letter.pdf", PDF, false),
                    "casefile.attachment.controlCharacters");
        }
    }

    @Test
    void anUnclassifiedPdfIsStoredAndDownloadedOnlyByThoseWhoMaySeeTheCase() {
        int before = rows("case_attachment");
        AttachmentInfo info = notes.attach(reference, "applicant.de", "C:\\Users\\anna\\cover-letter.pdf", PDF, false);
        assertThat(info.fileName()).isEqualTo("cover-letter.pdf");
        assertThat(info.mediaType()).isEqualTo("application/pdf");
        assertThat(rows("case_attachment")).isEqualTo(before + 1);
        assertThat(auditEvents("CASE_ATTACHMENT_ADDED")).isPositive();
        assertThat(notes.attachments(reference, "officer.jp1")).extracting(AttachmentInfo::id).contains(info.id());

        int downloads = auditEvents("CASE_ATTACHMENT_DOWNLOADED");
        CaseNotes.Download download = notes.download(info.id(), "officer.de2").orElseThrow();
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.fileName()).isEqualTo("cover-letter.pdf");
        assertThat(auditEvents("CASE_ATTACHMENT_DOWNLOADED")).isEqualTo(downloads + 1);

        assertThat(notes.download(info.id(), "applicant.jp")).isEmpty();
        assertThat(notes.download(info.id(), "manager")).isEmpty();
        assertThat(notes.download(info.id(), "facility.de")).isEmpty();
        assertThat(notes.attachments(reference, "applicant.jp")).isEmpty();
        assertThat(auditEvents("CASE_ATTACHMENT_DOWNLOADED")).isEqualTo(downloads + 1);
    }

    @Test
    void classifiedUndeclaredWrongTypeMismatchedEmptyAndTooLargeFilesAreRefusedAndNothingIsSaved() {
        assertRefused(() -> notes.attach(reference, "applicant.de", "brief.pdf", PDF, true),
                "casefile.attachment.classifiedRefused");
        assertRefused(() -> notes.attach(reference, "applicant.de", "brief.pdf", PDF, null),
                "casefile.attachment.declarationMissing");
        assertRefused(() -> notes.attach(reference, "applicant.de", "tool.exe", new byte[] {'M', 'Z', 0, 0}, false),
                "casefile.attachment.typeNotAllowed");
        assertRefused(() -> notes.attach(reference, "applicant.de", "no-extension", PDF, false),
                "casefile.attachment.typeNotAllowed");
        // a crafted name: longer than names may be, almost all of it "extension"
        assertRefused(() -> notes.attach(reference, "applicant.de", "a." + "x".repeat(250), PDF, false),
                "casefile.attachment.typeNotAllowed");
        assertThat(notes.attach(reference, "applicant.de", "n".repeat(300) + ".pdf", PDF, false).fileName())
                .hasSize(200).endsWith("n.pdf");
        assertRefused(() -> notes.attach(reference, "applicant.de", "renamed.pdf", new byte[] {'M', 'Z', 0, 0}, false),
                "casefile.attachment.contentMismatch");
        assertRefused(() -> notes.attach(reference, "applicant.de", "binary.txt", new byte[] {'a', 0, 'b'}, false),
                "casefile.attachment.contentMismatch");
        assertRefused(() -> notes.attach(reference, "applicant.de", "empty.txt", new byte[0], false),
                "casefile.attachment.empty");
        byte[] tooLarge = Arrays.copyOf(PDF, (int) notes.maxAttachmentBytes() + 1);
        assertRefused(() -> notes.attach(reference, "applicant.de", "large.pdf", tooLarge, false),
                "casefile.attachment.tooLarge");
        byte[] largest = Arrays.copyOf(PDF, (int) notes.maxAttachmentBytes());
        assertThat(notes.attach(reference, "applicant.de", "largest.pdf", largest, false).sizeBytes())
                .isEqualTo(notes.maxAttachmentBytes());
    }

    @Test
    void theAllowedTypesAreTheMetadataDocumentTypes() {
        assertThat(CaseNotes.allowedExtensions()).isEqualTo(List.of("docx", "jpeg", "jpg", "pdf", "png", "txt"));
        assertThat(CaseNotes.humanSize(5 * 1024 * 1024)).isEqualTo("5 MB");
        assertThat(notes.attach(reference, "facility.jp", "Kontaktliste.txt",
                "Sho Yamamoto, +81 45 000 1234".getBytes(StandardCharsets.UTF_8), false).mediaType()).isEqualTo("text/plain");
    }
}

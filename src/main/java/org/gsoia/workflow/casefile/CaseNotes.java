package org.gsoia.workflow.casefile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and attachments on a case. Only people who may see the case read or add them; every addition and
 * every download is in the audit trail. Attachments are metadata documents: a whitelist of types whose content must
 * look like the type named, a size limit from configuration ({@code gsoia.casefile.attachment-max-bytes}), and the
 * uploader's explicit declaration that the file holds no classified information.
 */
@Service
public class CaseNotes {

    /** The file types the case file takes, by extension, with the media type they are stored and served as. */
    public static final Map<String, String> ALLOWED_TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** Longest file name kept (the column's width). */
    static final int MAX_FILE_NAME = 200;

    private final CaseFiles caseFiles;
    private final CaseCommentRepository comments;
    private final CaseAttachmentRepository attachments;
    private final AuditLog auditLog;
    private final Clock clock;
    private final long maxAttachmentBytes;

    CaseNotes(CaseFiles caseFiles, CaseCommentRepository comments, CaseAttachmentRepository attachments,
              AuditLog auditLog, Clock clock,
              @Value("${gsoia.casefile.attachment-max-bytes:5242880}") long maxAttachmentBytes) {
        this.caseFiles = caseFiles;
        this.comments = comments;
        this.attachments = attachments;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** The extensions the case file takes, sorted, e.g. for the upload's hint and its file chooser. */
    public static List<String> allowedExtensions() {
        return ALLOWED_TYPES.keySet().stream().sorted().toList();
    }

    @Transactional(readOnly = true)
    public List<CaseComment> comments(String reference, String userId) {
        return caseFiles.isVisible(reference, userId) ? comments.findByReferenceOrderByCreatedAtAscIdAsc(reference) : List.of();
    }

    /**
     * Adds a comment; throws {@link CaseFileRefusedException} for an empty or too long text or one with control
     * characters other than tab and line breaks, then nothing is saved.
     */
    @Transactional
    public CaseComment addComment(String reference, String userId, String text) {
        requireContributor(reference, userId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new CaseFileRefusedException("casefile.comment.empty");
        }
        if (body.length() > CaseComment.MAX_LENGTH) {
            throw new CaseFileRefusedException("casefile.comment.tooLong", CaseComment.MAX_LENGTH);
        }
        if (ControlCharacters.inText(text)) {
            throw new CaseFileRefusedException(ControlCharacters.MESSAGE_KEY);
        }
        CaseComment saved = comments.save(new CaseComment(reference, userId, OffsetDateTime.now(clock), body));
        auditLog.record(userId, "CASE_COMMENT_ADDED", reference, body.length() + " characters");
        return saved;
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(String reference, String userId) {
        return caseFiles.isVisible(reference, userId) ? attachments.listByReference(reference) : List.of();
    }

    /**
     * Stores a metadata document. {@code containsClassified} is the uploader's answer to "does this file contain
     * classified information?": unanswered or yes is refused. Throws {@link CaseFileRefusedException} with the reason;
     * then nothing is saved.
     */
    @Transactional
    public AttachmentInfo attach(String reference, String userId, String fileName, byte[] content,
                                 Boolean containsClassified) {
        requireContributor(reference, userId);
        if (containsClassified == null) {
            throw new CaseFileRefusedException("casefile.attachment.declarationMissing");
        }
        if (containsClassified) {
            throw new CaseFileRefusedException("casefile.attachment.classifiedRefused");
        }
        if (ControlCharacters.inLine(fileName)) {
            // refused rather than cleaned: the name that is kept and shown must be the one the uploader chose
            throw new CaseFileRefusedException("casefile.attachment.controlCharacters");
        }
        String name = cleanFileName(fileName);
        if (name.isEmpty()) {
            throw new CaseFileRefusedException("casefile.attachment.noFile");
        }
        String extension = extension(name);
        String mediaType = ALLOWED_TYPES.get(extension);
        if (mediaType == null) {
            throw new CaseFileRefusedException("casefile.attachment.typeNotAllowed", String.join(", ", allowedExtensions()));
        }
        if (content == null || content.length == 0) {
            throw new CaseFileRefusedException("casefile.attachment.empty");
        }
        if (content.length > maxAttachmentBytes) {
            throw new CaseFileRefusedException("casefile.attachment.tooLarge", humanSize(maxAttachmentBytes));
        }
        if (!looksLike(extension, content)) {
            throw new CaseFileRefusedException("casefile.attachment.contentMismatch", extension.toUpperCase(Locale.ROOT));
        }
        CaseAttachment saved = attachments.save(new CaseAttachment(reference, name, mediaType, content, userId,
                OffsetDateTime.now(clock)));
        auditLog.record(userId, "CASE_ATTACHMENT_ADDED", reference, content.length + " bytes");
        return new AttachmentInfo(saved.getId(), reference, name, mediaType, saved.getSizeBytes(), userId,
                saved.getUploadedAt());
    }

    /** A file for download, if the user may see its case; the download is in the audit trail. */
    @Transactional
    public Optional<Download> download(long attachmentId, String userId) {
        return attachments.findById(attachmentId).filter(a -> caseFiles.isVisible(a.getReference(), userId)).map(a -> {
            auditLog.record(userId, "CASE_ATTACHMENT_DOWNLOADED", a.getReference(), "attachment " + a.getId());
            return new Download(a.getFileName(), a.getMediaType(), a.getContent());
        });
    }

    /** A file's name, type and bytes (a copy of its own, made for this download). */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    /** Those who may not see the case find none; those who only read it are told so. */
    private void requireContributor(String reference, String userId) {
        if (!caseFiles.isVisible(reference, userId)) {
            throw new CaseNotFoundException(reference);
        }
        if (!caseFiles.mayContribute(reference, userId)) {
            throw new CaseFileRefusedException("casefile.readOnly");
        }
    }

    /** The name without any path the browser sent, at most 200 characters. */
    static String cleanFileName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.length() > MAX_FILE_NAME) {
            // shorten the base name and keep the type; an "extension" that long is no type we take anyway
            String extension = extension(name);
            int base = MAX_FILE_NAME - extension.length() - 1;
            name = base > 0 ? name.substring(0, base) + "." + extension : name.substring(0, MAX_FILE_NAME);
        }
        return name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file's first bytes match its type (so a renamed executable is not taken as a PDF). */
    static boolean looksLike(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case "png" -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "docx" -> startsWith(content, 'P', 'K', 0x03, 0x04);
            case "txt" -> isText(content);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 text without NUL bytes. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** 5242880 → "5 MB", 1536 → "1.5 KB". */
    public static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        String[] units = {"KB", "MB", "GB"};
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.floor(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

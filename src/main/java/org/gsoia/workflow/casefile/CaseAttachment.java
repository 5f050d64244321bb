package org.gsoia.workflow.casefile;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A metadata document on a case (a cover letter, a contact list, a signed form), never classified content: the
 * uploader declares that the file contains no classified information, and a file declared classified is refused.
 */
@Entity
@Table(name = "case_attachment")
class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String reference;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    /** The uploader's declaration that the file contains no classified information (always true when stored). */
    @Column(name = "declared_unclassified", nullable = false)
    private boolean declaredUnclassified;

    protected CaseAttachment() {
    }

    CaseAttachment(String reference, String fileName, String mediaType, byte[] content, String uploadedBy,
                   OffsetDateTime uploadedAt) {
        this.reference = reference;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.declaredUnclassified = true;
    }

    Long getId() { return id; }
    String getReference() { return reference; }
    String getFileName() { return fileName; }
    String getMediaType() { return mediaType; }
    long getSizeBytes() { return sizeBytes; }
    byte[] getContent() { return content.clone(); }
    String getUploadedBy() { return uploadedBy; }
    OffsetDateTime getUploadedAt() { return uploadedAt; }
    boolean isDeclaredUnclassified() { return declaredUnclassified; }
}

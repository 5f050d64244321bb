package org.gsoia.workflow.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    /** The list without the files themselves. */
    @Query("select new org.gsoia.workflow.casefile.AttachmentInfo(a.id, a.reference, a.fileName, a.mediaType, a.sizeBytes,"
            + " a.uploadedBy, a.uploadedAt) from CaseAttachment a where a.reference = ?1 order by a.uploadedAt, a.id")
    List<AttachmentInfo> listByReference(String reference);
}

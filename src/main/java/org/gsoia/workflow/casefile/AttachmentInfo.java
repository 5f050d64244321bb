package org.gsoia.workflow.casefile;

import java.time.OffsetDateTime;

/** An attachment's metadata, without its content. */
public record AttachmentInfo(long id, String reference, String fileName, String mediaType, long sizeBytes,
                             String uploadedBy, OffsetDateTime uploadedAt) {
}

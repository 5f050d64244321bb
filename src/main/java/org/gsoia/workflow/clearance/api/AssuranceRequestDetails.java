package org.gsoia.workflow.clearance.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gsoia.workflow.clearance.AssuranceReason;
import org.gsoia.workflow.clearance.AssuranceStatus;
import org.gsoia.workflow.clearance.ReplyStatus;

/**
 * An FSC assurance request as the API answers it: the request (R-FC-01) and, once given, the reply (R-FC-02).
 * Levels carry their dual marking; {@code replyCovers} says whether a valid clearance covers the level asked.
 */
public record AssuranceRequestDetails(String reference, AssuranceStatus status, String requestingAuthorityId,
                                      String receivingAuthorityId, String facilityId, String contractingEntity,
                                      AssuranceReason reason, Level requiredLevel, Level storageLevel,
                                      String contractReference, boolean urgent, boolean sponsorshipRequested,
                                      OffsetDateTime filedAt, LocalDate replyDueOn, boolean replyOverdue,
                                      Reply reply) {

    /** A level of one party's scale, with its marking towards the other party. */
    public record Level(String id, String marking) {
    }

    /** The reply; {@code finalReply} is false while a national clearance follows. */
    public record Reply(ReplyStatus status, boolean finalReply, Level level, Level storageLevel, LocalDate expiresOn,
                        String restrictions, String securityOfficer, String issuingAuthorityId,
                        OffsetDateTime repliedAt, Boolean covers) {
    }
}

package org.gsoia.workflow.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gsoia.workflow.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An applicant's drafts: saved without any check, visible only to their author, deleted on submission. */
@Service
public class VisitDrafts {

    private final VisitDraftRepository drafts;
    private final VisitRequests visitRequests;
    private final ObjectMapper json;
    private final AuditLog auditLog;
    private final Clock clock;

    VisitDrafts(VisitDraftRepository drafts, VisitRequests visitRequests, ObjectMapper json, AuditLog auditLog,
                Clock clock) {
        this.drafts = drafts;
        this.visitRequests = visitRequests;
        this.json = json;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Saves the form as it is; returns the draft's id (the same id when an existing draft is saved again). */
    @Transactional
    public long save(Long draftId, VisitRequestData data, String userId) {
        VisitDraft draft = draftId == null
                ? new VisitDraft(userId, visitRequests.applicant(userId).organisationId())
                : own(draftId, userId).orElseThrow(() -> new IllegalArgumentException("No draft " + draftId));
        try {
            draft.save(json.writeValueAsString(data), OffsetDateTime.now(clock));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A visit request form could not be written as JSON", e);
        }
        VisitDraft saved = drafts.save(draft);
        auditLog.record(userId, "VISIT_DRAFT_SAVED", "draft:" + saved.getId(), null);
        return saved.getId();
    }

    @Transactional(readOnly = true)
    public Optional<VisitRequestData> load(long draftId, String userId) {
        return own(draftId, userId).map(draft -> {
            try {
                return json.readValue(draft.getPayload(), VisitRequestData.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Draft " + draftId + " is not a readable form", e);
            }
        });
    }

    @Transactional(readOnly = true)
    public List<VisitDraft> ofUser(String userId) {
        return drafts.findByOwnerUserIdOrderBySavedAtDesc(userId);
    }

    @Transactional
    public void delete(long draftId, String userId) {
        own(draftId, userId).ifPresent(drafts::delete);
    }

    private Optional<VisitDraft> own(long draftId, String userId) {
        return drafts.findById(draftId).filter(draft -> draft.getOwnerUserId().equals(userId));
    }
}

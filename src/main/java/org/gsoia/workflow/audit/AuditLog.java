package org.gsoia.workflow.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The application's audit trail. Every user action writes one event here. */
@Service
public class AuditLog {

    private static final int MAX_DETAILS = 2000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event in the caller's transaction, so it is kept exactly when the action is. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(String userId, String action, String subject, String details) {
        String trimmed = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        return events.save(new AuditEvent(OffsetDateTime.now(clock), userId, action, subject, trimmed));
    }

    /** One page of the whole trail, for administrators. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> page(Pageable pageable) {
        return events.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> byUser(String userId) {
        return events.findByUserIdOrderByOccurredAtDesc(userId);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> bySubject(String subject) {
        return events.findBySubjectOrderByOccurredAtAsc(subject);
    }
}

package org.gsoia.workflow.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's audit trail: every user action, read, download and refusal writes one event here, with the
 * client's address. Events are kept exactly when the caller's transaction commits, and are then appended to the
 * hash chain ({@link AuditChain}): the chain's head row is locked only at the very end of the transaction, after
 * everything else has been written, so that audited transactions queue up for a moment but never deadlock on it.
 * The table is append-only (a PostgreSQL trigger refuses UPDATE and DELETE).
 */
@Service
public class AuditLog {

    private static final int MAX_USER_ID = 64;
    private static final int MAX_SUBJECT = 128;
    private static final int MAX_DETAILS = 2000;

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory,
             PlatformTransactionManager transactionManager, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records an event in the caller's transaction, so it is kept exactly when the action is. A read in a read-only
     * transaction is recorded in a transaction of its own. Details must never hold personal data or comment text.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String userId, String action, String subject, String details) {
        AuditEntry entry = new AuditEntry(AuditChain.precision(Instant.now(clock)), cut(userId, MAX_USER_ID), action,
                cut(subject, MAX_SUBJECT), cut(details, MAX_DETAILS), ClientAddress.current().orElse(null));
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> pending().add(entry));
        } else {
            pending().add(entry);
        }
    }

    /** The events of this transaction, appended to the chain just before it commits. */
    private List<AuditEntry> pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEvents events && events.owner() == this) {
                return events.entries();
            }
        }
        PendingEvents events = new PendingEvents(this, new ArrayList<>());
        TransactionSynchronizationManager.registerSynchronization(events);
        return events.entries();
    }

    /** Kept with the transaction's synchronizations, which Spring suspends and resumes with the transaction. */
    private record PendingEvents(AuditLog owner, List<AuditEntry> entries) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            owner.append(entries);
        }
    }

    private void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // everything else of the transaction first: the head lock is the last lock it takes
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
        if (entityManager != null) {
            entityManager.flush();
        }
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String previous = (String) head.get("last_hash");
        for (AuditEntry e : entries) {
            seq++;
            String hash = AuditChain.hash(seq, e.occurredAt(), e.userId(), e.action(), e.subject(), e.details(),
                    e.clientAddress(), previous);
            jdbc.update("insert into audit_event (occurred_at, user_id, action, subject, details, client_address,"
                            + " chain_seq, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.userId(), e.action(), e.subject(),
                    e.details(), e.clientAddress(), seq, previous, hash);
            previous = hash;
        }
        jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where id = 1", seq, previous);
        entries.clear();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
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

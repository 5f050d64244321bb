package org.gsoia.workflow.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit hash chain from its first event and reports the first broken link: a changed event (its hash no
 * longer matches its content), a removed event (a gap in the sequence or a previous hash that does not match), or
 * events removed from the end (the chain's head names a later event than the last one found). The latest hash is
 * what an operator anchors outside the system; comparing an anchored hash with {@link #head()} later shows that
 * nothing before it was rewritten wholesale.
 */
@Service
public class AuditChainVerification {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog auditLog;

    AuditChainVerification(JdbcTemplate jdbc, Clock clock, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** A verification an administrator asked for: its result goes into the trail it verified. */
    public Result verifyFor(String userId) {
        Result result = verify();
        auditLog.record(userId, "AUDIT_CHAIN_VERIFIED", null, result.intact()
                ? "intact, " + result.eventsChecked() + " events"
                : "broken at " + result.firstBrokenSeq() + ": " + result.problem());
        return result;
    }

    /** The latest hash as an administrator exports it for anchoring; the export is recorded. */
    public Head headFor(String userId) {
        auditLog.record(userId, "AUDIT_HEAD_EXPORTED", null, null);
        return head();
    }

    /** The chain's latest event: its sequence number and hash, and when this was read. */
    public record Head(long lastSeq, String lastHash, Instant readAt) {
    }

    /**
     * The result of a walk. {@code firstBrokenSeq}: the sequence number at which the chain breaks (null when intact);
     * {@code eventId}: the event found there, if any.
     */
    public record Result(boolean intact, long eventsChecked, Long firstBrokenSeq, Long eventId, String problem,
                         Head head) {
    }

    @Transactional(readOnly = true)
    public Head head() {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain where id = 1");
        return new Head(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"), clock.instant());
    }

    @Transactional(readOnly = true)
    public Result verify() {
        Head head = head();
        long expectedSeq = 1;
        String previous = AuditChain.GENESIS;
        long checked = 0;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList("select id, occurred_at, user_id, action, subject,"
                    + " details, client_address, chain_seq, prev_hash, hash from audit_event where chain_seq >= ?"
                    // events appended after the head was read are the next verification's
                    + " and chain_seq <= ? order by chain_seq limit " + BATCH, expectedSeq, head.lastSeq());
            for (Map<String, Object> row : rows) {
                long seq = ((Number) row.get("chain_seq")).longValue();
                Long id = ((Number) row.get("id")).longValue();
                if (seq != expectedSeq) {
                    return new Result(false, checked, expectedSeq, null, "event missing", head);
                }
                if (!previous.equals(row.get("prev_hash"))) {
                    return new Result(false, checked, seq, id, "link to the previous event broken", head);
                }
                String hash = AuditChain.hash(seq, occurredAt(row.get("occurred_at")), (String) row.get("user_id"),
                        (String) row.get("action"), (String) row.get("subject"), (String) row.get("details"),
                        (String) row.get("client_address"), previous);
                if (!hash.equals(row.get("hash"))) {
                    return new Result(false, checked, seq, id, "event changed", head);
                }
                previous = hash;
                expectedSeq++;
                checked++;
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(previous)) {
            return new Result(false, checked, expectedSeq, null, "events missing at the end", head);
        }
        return new Result(true, checked, null, null, null, head);
    }

    private static Instant occurredAt(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}

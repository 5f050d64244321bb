package org.gsoia.workflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain over the audit trail: each event's hash covers a canonical form of its content and the previous
 * event's hash, so changing, removing or reordering any event breaks every link after it. The canonical form
 * length-prefixes each field (no separator can be forged inside a value) and takes the time in UTC to the
 * microsecond, the precision PostgreSQL keeps.
 */
final class AuditChain {

    /** The "previous hash" of the first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static Instant precision(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(long seq, Instant occurredAt, String userId, String action, String subject, String details,
                       String clientAddress, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), precision(occurredAt).toString(), userId, action, subject,
                details, clientAddress, previousHash}) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
            canonical.append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}

package org.gsoia.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T = Instant.parse("2026-12-02T10:15:30.123456789Z");

    private static String hash(long seq, Instant t, String user, String action, String subject, String details,
                               String address, String previous) {
        return AuditChain.hash(seq, t, user, action, subject, details, address, previous);
    }

    @Test
    void everyFieldChangesTheHash() {
        String base = hash(7, T, "admin", "LOGIN", "S", "d", "10.0.0.1", AuditChain.GENESIS);
        Set<String> changed = Set.of(
                hash(8, T, "admin", "LOGIN", "S", "d", "10.0.0.1", AuditChain.GENESIS),
                hash(7, T.plusNanos(1000), "admin", "LOGIN", "S", "d", "10.0.0.1", AuditChain.GENESIS),
                hash(7, T, "admin2", "LOGIN", "S", "d", "10.0.0.1", AuditChain.GENESIS),
                hash(7, T, "admin", "LOGOUT", "S", "d", "10.0.0.1", AuditChain.GENESIS),
                hash(7, T, "admin", "LOGIN", "T", "d", "10.0.0.1", AuditChain.GENESIS),
                hash(7, T, "admin", "LOGIN", "S", "e", "10.0.0.1", AuditChain.GENESIS),
                hash(7, T, "admin", "LOGIN", "S", "d", "10.0.0.2", AuditChain.GENESIS),
                hash(7, T, "admin", "LOGIN", "S", "d", "10.0.0.1", "1".repeat(64)));
        assertThat(changed).hasSize(8).doesNotContain(base);
        assertThat(base).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void aSeparatorInsideAValueCannotMoveTextBetweenFields() {
        assertThat(hash(1, T, "a|b", "X", null, null, null, AuditChain.GENESIS))
                .isNotEqualTo(hash(1, T, "a", "b|X", null, null, null, AuditChain.GENESIS));
        assertThat(hash(1, T, "", "X", null, null, null, AuditChain.GENESIS))
                .isNotEqualTo(hash(1, T, null, "X", null, null, null, AuditChain.GENESIS));
    }

    @Test
    void theTimeCountsToTheMicrosecondThePrecisionPostgresqlKeeps() {
        assertThat(hash(1, T, "u", "A", null, null, null, AuditChain.GENESIS))
                .isEqualTo(hash(1, T.plusNanos(1), "u", "A", null, null, null, AuditChain.GENESIS));
    }
}

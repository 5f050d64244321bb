package org.gsoia.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.Consumer;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, item 12 on PostgreSQL: the audit trail is append-only and hash-chained, and any single event changed
 * or removed by SQL (by someone who can switch the trigger off, such as the database owner) is found, at its place.
 * Tampering happens inside a transaction that is rolled back, so the shared database stays intact.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class AuditChainIT {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChainVerification verification;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MockMvc mvc;

    private long middle;

    @BeforeEach
    void someEvents() {
        for (int i = 0; i < 5; i++) {
            auditLog.record("admin", "AUDIT_CHAIN_TEST", "TEST-" + i, "event " + i);
        }
        long last = jdbc.queryForObject("select max(chain_seq) from audit_event", Long.class);
        middle = last - 2;
    }

    @Test
    void theChainOfTheWholeTrailIsIntactAndItsHeadIsTheLatestEvent() {
        var result = verification.verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(jdbc.queryForObject("select count(*) from audit_event", Long.class));
        assertThat(result.head().lastHash()).isEqualTo(jdbc.queryForObject(
                "select hash from audit_event where chain_seq = (select max(chain_seq) from audit_event)", String.class));
    }

    @Test
    void updateDeleteAndTruncateAreRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("update audit_event set details = 'x' where chain_seq = ?", middle))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where chain_seq = ?", middle))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event cascade"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aChangedEventInTheMiddleIsFoundAtItsPlace() {
        tamperedAndRolledBack(sql -> sql.update("update audit_event set details = 'nothing happened' where chain_seq = ?",
                middle), result -> {
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(middle);
            assertThat(result.problem()).isEqualTo("event changed");
        });
        tamperedAndRolledBack(sql -> sql.update("update audit_event set user_id = 'someone.else' where chain_seq = ?",
                middle), result -> assertThat(result.firstBrokenSeq()).isEqualTo(middle));
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEventInTheMiddleIsFoundAtItsPlace() {
        tamperedAndRolledBack(sql -> sql.update("delete from audit_event where chain_seq = ?", middle), result -> {
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(middle);
            assertThat(result.problem()).isEqualTo("event missing");
        });
    }

    @Test
    void aDeletedLastEventIsFoundThroughTheHead() {
        long last = middle + 2;
        tamperedAndRolledBack(sql -> sql.update("delete from audit_event where chain_seq = ?", last), result -> {
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(last);
            assertThat(result.problem()).isEqualTo("events missing at the end");
        });
    }

    @Test
    void aRewrittenEventWithARecomputedOwnHashBreaksTheNextLink() {
        tamperedAndRolledBack(sql -> {
            var row = sql.queryForMap("select * from audit_event where chain_seq = ?", middle);
            String forged = AuditChain.hash(middle, ((java.sql.Timestamp) row.get("occurred_at")).toInstant(),
                    (String) row.get("user_id"), (String) row.get("action"), (String) row.get("subject"), "forged",
                    (String) row.get("client_address"), (String) row.get("prev_hash"));
            sql.update("update audit_event set details = 'forged', hash = ? where chain_seq = ?", forged, middle);
        }, result -> {
            assertThat(result.firstBrokenSeq()).isEqualTo(middle + 1);
            assertThat(result.problem()).isEqualTo("link to the previous event broken");
        });
    }

    private void tamperedAndRolledBack(Consumer<JdbcTemplate> tampering,
                                       Consumer<AuditChainVerification.Result> expectation) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            // what the database owner can do: switch triggers off for the session
            jdbc.execute("set local session_replication_role = replica");
            tampering.accept(jdbc);
            expectation.accept(verification.verify());
            status.setRollbackOnly();
        });
    }

    @Test
    void administratorsVerifyAndExportTheHeadOverRestOthersAreRefused() throws Exception {
        mvc.perform(get("/api/audit/verification").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/audit/head").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastHash").isString());
        mvc.perform(get("/api/audit/verification").with(httpBasic("manager", "demo")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_CHAIN_VERIFIED'"
                + " and user_id = 'admin'", Integer.class)).isPositive();
    }
}

package org.gsoia.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.gsoia.workflow.support.EmbeddedPostgresConfig;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes starting together on an empty database, each checking for the first administrator and creating it if
 * none exists (as {@code InitialAdministrator} does): without the lock both found none and the second failed on the
 * duplicate; with it the second waits, finds the first one's and creates nothing.
 */
class NodeLocksIT {

    @Test
    void theSecondNodeChecksAfterTheFirstHasCommittedSoOnlyOneCreates() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table administrator (id varchar(64) primary key)");
            NodeLocks locks = new NodeLocks(dataSource);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService twoNodes = Executors.newFixedThreadPool(2);
            try {
                CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(
                        () -> start(locks, transaction, jdbc, together), twoNodes);
                CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(
                        () -> start(locks, transaction, jdbc, together), twoNodes);
                assertThat(a.join() ^ b.join()).as("exactly one node created it").isTrue();
            } finally {
                twoNodes.shutdown();
            }
            assertThat(jdbc.queryForObject("select count(*) from administrator", Integer.class)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'", Integer.class))
                    .as("released with the transactions").isZero();
        }
    }

    /** A node's start: check, and create when there is none; true if this node created it. */
    private static boolean start(NodeLocks locks, TransactionTemplate transaction, JdbcTemplate jdbc,
                                 CyclicBarrier together) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            try {
                together.await();
            } catch (Exception interrupted) {
                throw new IllegalStateException(interrupted);
            }
            locks.holdUntilTransactionEnds(NodeLocks.INITIAL_ADMINISTRATOR);
            if (jdbc.queryForObject("select count(*) from administrator", Integer.class) > 0) {
                return false;
            }
            // the moment in which the other node, without the lock, would find none as well
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            jdbc.update("insert into administrator (id) values ('admin')");
            return true;
        }));
    }
}

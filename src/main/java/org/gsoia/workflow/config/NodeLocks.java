package org.gsoia.workflow.config;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One node at a time for work that checks and then creates, such as the first administrator: two nodes starting
 * together on an empty database would both find nothing and both create it, and the second would fail to start. On
 * PostgreSQL the caller's transaction takes an advisory lock that the other nodes wait for and that ends with the
 * transaction, so the next node's check sees what the first one committed. H2 serves one process and needs none.
 */
@Component
public class NodeLocks {

    /** Keys of the advisory locks, all in one place so that no two uses share one. */
    static final long MIGRATION = 0x4753_4F49_414CL; // held by MigrationLock for the session, not a transaction
    public static final long INITIAL_ADMINISTRATOR = 0x4753_4F49_4101L;
    public static final long DEMO_CAST = 0x4753_4F49_4102L;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    NodeLocks(DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    /** Waits until no other node holds the lock, then holds it until the current transaction ends. */
    public void holdUntilTransactionEnds(long key) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A node lock needs a transaction to end with");
        }
        if (postgres) {
            jdbc.execute("select pg_advisory_xact_lock(" + key + ")");
        }
    }
}

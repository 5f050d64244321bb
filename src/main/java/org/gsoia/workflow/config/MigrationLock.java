package org.gsoia.workflow.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time migrate the database. Liquibase creates its {@code databasechangelog} table before it takes
 * its own lock (liquibase/liquibase#5254), so two nodes started together on an empty database both tried, and one
 * failed with "relation databasechangelog already exists" ({@code tools/two-nodes.sh} found it). On PostgreSQL each
 * node now waits for a session advisory lock before Liquibase runs and holds it until the migration has finished; the
 * next node then finds every changeset applied. H2 serves one process and needs none.
 */
@Component
class MigrationLock implements BeanPostProcessor, DisposableBean {

    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            lock(beanName, liquibase.getDataSource());
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        release(beanName);
        return bean;
    }

    void lock(String name, DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + NodeLocks.MIGRATION + ")");
            }
            held.put(name, connection);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not take the migration lock", failed);
        }
    }

    void release(String name) {
        Connection connection = held.remove(name);
        if (connection == null) {
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + NodeLocks.MIGRATION + ")");
        } catch (SQLException failed) {
            // ending the session releases the lock: a pool must not keep it in an idle connection
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the session is gone already
            }
        }
    }

    /** A migration that failed never reaches {@link #postProcessAfterInitialization}: its lock ends with the context. */
    @Override
    public void destroy() {
        held.keySet().forEach(this::release);
    }
}

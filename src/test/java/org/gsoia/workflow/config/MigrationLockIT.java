package org.gsoia.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.gsoia.workflow.support.EmbeddedPostgresConfig;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes starting at the same moment on an empty PostgreSQL (issue 15): without the lock one of them failed with
 * "relation databasechangelog already exists"; with it both migrations succeed and every changeset runs once.
 */
class MigrationLockIT {

    @Test
    void twoNodesMigratingAnEmptyDatabaseAtOnceBothStartAndApplyEachChangesetOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService twoNodes = Executors.newFixedThreadPool(2);
            try {
                List<CompletableFuture<Void>> nodes = List.of(node("a", dataSource, together, twoNodes),
                        node("b", dataSource, together, twoNodes));
                CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).join();
            } finally {
                twoNodes.shutdown();
            }

            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Integer applied = jdbc.queryForObject("select count(*) from databasechangelog", Integer.class);
            Integer distinct = jdbc.queryForObject("select count(distinct (id, author, filename)) from databasechangelog",
                    Integer.class);
            assertThat(applied).isPositive().isEqualTo(distinct);
            assertThat(jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'", Integer.class))
                    .as("released").isZero();
        }
    }

    /** What a node's start does with the migration: the lock around Liquibase's run, as the application wires it. */
    private static CompletableFuture<Void> node(String name, DataSource dataSource, CyclicBarrier together,
                                                Executor thread) {
        return CompletableFuture.runAsync(() -> {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(dataSource);
            liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader());
            MigrationLock lock = new MigrationLock();
            try {
                together.await();
                lock.postProcessBeforeInitialization(liquibase, "liquibase-" + name);
                liquibase.afterPropertiesSet();
                lock.postProcessAfterInitialization(liquibase, "liquibase-" + name);
            } catch (Exception failed) {
                throw new IllegalStateException("node " + name + " could not migrate", failed);
            } finally {
                lock.destroy();
            }
        }, thread);
    }
}

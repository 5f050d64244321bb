package org.gsoia.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.gsoia.workflow.Application;
import org.gsoia.workflow.support.EmbeddedPostgresConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Production start on an empty PostgreSQL: Liquibase builds Camunda's schema and the application's, the
 * engine starts on it, no demo user appears, and a restart finds the schema up to date.
 */
class PostgresSchemaIT {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";

    @Test
    void liquibaseBuildsTheWholeSchemaOnAnEmptyDatabaseAndARestartFindsItUpToDate() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(tables(jdbc)).isEmpty();

            int changeSetsAfterFirstStart;
            try (ConfigurableApplicationContext app = startProduction(postgres)) {
                assertThat(tables(jdbc)).contains("act_ru_task", "act_hi_procinst", "act_id_user", "act_ge_property",
                        "party", "classification_level", "level_equivalence", "organisation", "facility",
                        "user_profile", "audit_event", "databasechangelog");
                assertThat(app.getBean(ProcessEngine.class).getName()).isNotBlank();
                assertThat(app.getBean(IdentityService.class).createUserQuery().count())
                        .as("the postgres profile never seeds demo users").isZero();
                assertThat(app.getBean(IdentityService.class).createGroupQuery().groupId("applicant").count()).isOne();
                changeSetsAfterFirstStart = jdbc.queryForObject("select count(*) from databasechangelog", Integer.class);
                assertThat(jdbc.queryForObject("select count(*) from databasechangelog where author = 'Camunda'",
                        Integer.class)).isPositive();
            }
            assertThat(unrunChangeSets(dataSource)).isZero();

            try (ConfigurableApplicationContext restarted = startProduction(postgres)) {
                assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Integer.class))
                        .isEqualTo(changeSetsAfterFirstStart);
                assertThat(restarted.getBean(ProcessEngine.class).getManagementService().getTableCount())
                        .containsKey("ACT_RU_TASK");
            }
        }
    }

    private static ConfigurableApplicationContext startProduction(EmbeddedPostgres postgres) {
        // command-line arguments, as an operator would pass them: they win over application.yaml
        return new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--server.port=0");
    }

    private static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class);
    }

    private static int unrunChangeSets(DataSource dataSource) throws SQLException, liquibase.exception.LiquibaseException {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(), database);
            return liquibase.listUnrunChangeSets(null, null).size();
        }
    }
}

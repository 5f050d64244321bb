package org.gsoia.workflow.agreement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import javax.sql.DataSource;

/** A real PostgreSQL 17 inside the test JVM (zonky), as production runs. */
class PostgresAgreementSchemaTest extends AgreementSchemaContract {

    private EmbeddedPostgres postgres;

    @Override
    DataSource dataSource() throws Exception {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(new File("target/embedded-pg"))
                    .setDataDirectory(new File("target/embedded-pg/agreement-schema"))
                    .setCleanDataDirectory(true)
                    .start();
        }
        return postgres.getPostgresDatabase();
    }

    @Override
    void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}

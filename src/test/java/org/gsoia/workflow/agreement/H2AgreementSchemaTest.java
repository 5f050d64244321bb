package org.gsoia.workflow.agreement;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** H2 2.3 in its default mode, as the demo profile runs it. */
class H2AgreementSchemaTest extends AgreementSchemaContract {

    private JdbcDataSource dataSource;

    @Override
    DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:agreement-schema;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
        }
        return dataSource;
    }
}

package org.gsoia.workflow.clearance;

import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Hands out case references {@code FC-<year>-<6 digits>} from a database sequence (H2 or PostgreSQL). */
@Component
class AssuranceReferences {

    private static final String SEQUENCE = "fsc_assurance_reference_seq";

    private final DataFieldMaxValueIncrementer sequence;

    AssuranceReferences(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        this.sequence = product.toLowerCase().contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
                : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }

    String next(Year year) {
        return String.format(ClearanceProcedure.DESCRIPTION.referencePrefix() + "%d-%06d", year.getValue(),
                sequence.nextLongValue());
    }
}

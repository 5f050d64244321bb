package org.gsoia.workflow.visit;

import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Hands out case references {@code VR-<year>-<6 digits>} from a database sequence (H2 or PostgreSQL). */
@Component
class VisitReferences {

    /** What every visit request's reference starts with. */
    static final String PREFIX = "VR-";

    private static final String SEQUENCE = "visit_reference_seq";

    private final DataFieldMaxValueIncrementer sequence;

    VisitReferences(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        this.sequence = product.toLowerCase().contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
                : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }

    String next(Year year) {
        return String.format(PREFIX + "%d-%06d", year.getValue(), sequence.nextLongValue());
    }
}

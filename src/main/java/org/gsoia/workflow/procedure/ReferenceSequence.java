package org.gsoia.workflow.procedure;

import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/**
 * Case references {@code <prefix><year>-<6 digits>} (e.g. {@code VR-2026-000123}) from a database sequence, on H2 or
 * PostgreSQL: every procedure numbers its cases this way, each from a sequence of its own changelog.
 */
public final class ReferenceSequence {

    private final DataFieldMaxValueIncrementer sequence;

    private ReferenceSequence(DataFieldMaxValueIncrementer sequence) {
        this.sequence = sequence;
    }

    public static ReferenceSequence of(DataSource dataSource, String sequenceName) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                    metaData -> metaData.getDatabaseProductName());
            return new ReferenceSequence(product.toLowerCase().contains("postgres")
                    ? new PostgresSequenceMaxValueIncrementer(dataSource, sequenceName)
                    : new H2SequenceMaxValueIncrementer(dataSource, sequenceName));
        } catch (MetaDataAccessException unreadable) {
            throw new IllegalStateException("Cannot tell the database of sequence " + sequenceName, unreadable);
        }
    }

    public String next(String prefix, Year year) {
        return String.format(prefix + "%d-%06d", year.getValue(), sequence.nextLongValue());
    }
}

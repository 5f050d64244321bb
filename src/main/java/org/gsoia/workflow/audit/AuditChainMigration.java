package org.gsoia.workflow.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase step of changelog 140: links the events recorded before the chain existed into it, in the order they
 * were written, and starts the chain's head row. Runs once, before the append-only trigger is created.
 */
public class AuditChainMigration implements CustomTaskChange {

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        long seq = 0;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement select = connection.prepareStatement(
                "select id, occurred_at, user_id, action, subject, details from audit_event order by id");
             PreparedStatement update = connection.prepareStatement(
                     "update audit_event set chain_seq = ?, prev_hash = ?, hash = ? where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                seq++;
                OffsetDateTime occurredAt = rows.getObject("occurred_at", OffsetDateTime.class);
                String hash = AuditChain.hash(seq, occurredAt.toInstant(), rows.getString("user_id"),
                        rows.getString("action"), rows.getString("subject"), rows.getString("details"), null, previous);
                update.setLong(1, seq);
                update.setString(2, previous);
                update.setString(3, hash);
                update.setLong(4, rows.getLong("id"));
                update.addBatch();
                previous = hash;
                if (seq % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            try (PreparedStatement head = connection.prepareStatement(
                    "insert into audit_chain (id, last_seq, last_hash) values (1, ?, ?)")) {
                head.setLong(1, seq);
                head.setString(2, previous);
                head.executeUpdate();
            }
        } catch (SQLException failure) {
            throw new CustomChangeException("Could not link the existing audit events into the hash chain", failure);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Existing audit events linked into the hash chain";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}

package org.gsoia.workflow.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.gsoia.workflow.audit.AuditLog;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Named inbox filters per user. Saving under an existing name replaces that filter. */
@Service
public class SavedFilters {

    public static final int MAX_NAME = 60;
    public static final int MAX_PER_USER = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    SavedFilters(NamedParameterJdbcTemplate jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> of(String userId) {
        return jdbc.query("select * from inbox_saved_filter where user_id = :user order by name",
                new MapSqlParameterSource("user", userId), (rs, i) -> new SavedFilter(rs.getLong("id"),
                        rs.getString("name"), new InboxFilter(InboxScope.valueOf(rs.getString("scope")),
                        rs.getString("procedure_key"), rs.getString("party_code"),
                        DueState.valueOf(rs.getString("due_state")), rs.getString("reference_text"))));
    }

    /**
     * Saves the filter under the name.
     *
     * @throws IllegalArgumentException with a translation key as message when the name is blank, too long or has
     *                                  control characters (or the filter's reference text has), or the user already
     *                                  has the maximum number of filters
     */
    @Transactional
    public SavedFilter save(String userId, String name, InboxFilter filter) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new IllegalArgumentException("inbox.savedFilter.nameRequired");
        }
        if (cleanName.length() > MAX_NAME) {
            throw new IllegalArgumentException("inbox.savedFilter.nameTooLong");
        }
        if (ControlCharacters.inLine(name) || ControlCharacters.inLine(filter.referenceText())) {
            throw new IllegalArgumentException(ControlCharacters.MESSAGE_KEY);
        }
        MapSqlParameterSource row = new MapSqlParameterSource("user", userId).addValue("name", cleanName)
                .addValue("scope", filter.scope().name()).addValue("procedure", filter.procedureKey())
                .addValue("party", filter.partyCode()).addValue("due", filter.dueState().name())
                .addValue("text", filter.referenceText()).addValue("created", Timestamp.from(clock.instant()));
        int replaced = jdbc.update("""
                update inbox_saved_filter set scope = :scope, procedure_key = :procedure, party_code = :party,
                  due_state = :due, reference_text = :text where user_id = :user and name = :name""", row);
        if (replaced == 0) {
            if (of(userId).size() >= MAX_PER_USER) {
                throw new IllegalArgumentException("inbox.savedFilter.tooMany");
            }
            jdbc.update("""
                    insert into inbox_saved_filter (user_id, name, scope, procedure_key, party_code, due_state,
                      reference_text, created_at)
                    values (:user, :name, :scope, :procedure, :party, :due, :text, :created)""", row);
        }
        auditLog.record(userId, "INBOX_FILTER_SAVED", userId, cleanName);
        return of(userId).stream().filter(f -> f.name().equals(cleanName)).findFirst().orElseThrow();
    }

    /** Deletes one of the user's own filters; another user's id deletes nothing. */
    @Transactional
    public void delete(String userId, long id) {
        int deleted = jdbc.update("delete from inbox_saved_filter where id = :id and user_id = :user",
                new MapSqlParameterSource("id", id).addValue("user", userId));
        if (deleted > 0) {
            auditLog.record(userId, "INBOX_FILTER_DELETED", userId, Long.toString(id));
        }
    }
}

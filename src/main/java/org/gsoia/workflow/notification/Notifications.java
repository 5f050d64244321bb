package org.gsoia.workflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gsoia.workflow.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices to people: one row per recipient, rendered in the recipient's language (EN, DE, JA), in the caller's
 * transaction, so a message exists exactly when the change it tells of does. The bell reads the rows; {@link
 * NotificationMailer} mails them after the commit. Optional topics a user switched off are skipped; mandatory ones
 * always go out.
 */
@Service
public class Notifications {

    private final NamedParameterJdbcTemplate jdbc;
    private final IdentityService identityService;
    private final MessageSource messages;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String publicUrl;

    Notifications(NamedParameterJdbcTemplate jdbc, IdentityService identityService, MessageSource messages, AuditLog auditLog, Clock clock,
                  @Value("${gsoia.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Sends the notice to every member of the group (a task's candidate group, an authority's group). */
    @Transactional
    public int toGroup(Notice notice, String groupId) {
        if (groupId == null) {
            return 0;
        }
        // the members come with their addresses: no second query per member
        return write(notice, identityService.createUserQuery().memberOfGroup(groupId).list());
    }

    /** Sends the notice to each user once; returns how many messages were written. */
    @Transactional
    public int toUsers(Notice notice, Collection<String> userIds) {
        List<String> ids = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? 0 : write(notice, identityService.createUserQuery()
                .userIdIn(ids.toArray(String[]::new)).list());
    }

    /**
     * One message per user in the user's language. The users' settings and languages are read for all of them at
     * once, and the messages written in one batch: a task offered to a group costs the same few statements however
     * many members it has.
     */
    private int write(Notice notice, List<User> users) {
        if (users.isEmpty()) {
            return 0;
        }
        List<String> ids = users.stream().map(User::getId).toList();
        Set<String> switchedOff = notice.topic().mandatory() ? Set.of() : switchedOff(ids, notice.topic());
        Map<String, String> languages = languagesOf(ids);
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (User user : users) {
            String userId = user.getId();
            if (switchedOff.contains(userId)) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(languages.getOrDefault(userId, "en"));
            String link = notice.route() == null ? null : publicUrl + "/" + notice.route();
            Object[] arguments = arguments(notice, link, locale);
            String key = "notification." + notice.topic().key();
            String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
            rows.add(new MapSqlParameterSource("recipient", userId)
                    .addValue("topic", notice.topic().key()).addValue("mandatory", notice.topic().mandatory())
                    .addValue("reference", notice.reference()).addValue("link", link)
                    .addValue("subject", clip(messages.getMessage(key + ".subject", arguments, locale), 300))
                    .addValue("body", clip(messages.getMessage(key + ".body", arguments, locale), 2000))
                    .addValue("language", locale.getLanguage()).addValue("email", email)
                    .addValue("createdAt", OffsetDateTime.now(clock))
                    .addValue("mailStatus", email == null ? "NONE" : "PENDING"));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into notification (recipient, topic, mandatory, reference, link, subject, body, language,
                        email, created_at, mail_status)
                    values (:recipient, :topic, :mandatory, :reference, :link, :subject, :body, :language, :email,
                        :createdAt, :mailStatus)""", rows.toArray(MapSqlParameterSource[]::new));
        }
        return rows.size();
    }

    /** Those of the users who switched the (optional) topic off. */
    private Set<String> switchedOff(List<String> userIds, Topic topic) {
        return new HashSet<>(jdbc.queryForList("select user_id from notification_preference where topic = :topic"
                + " and enabled = false and user_id in (:users)", new MapSqlParameterSource("topic", topic.key())
                .addValue("users", userIds), String.class));
    }

    /** The language each user chose (a language tag); users who chose none are left out. */
    private Map<String, String> languagesOf(List<String> userIds) {
        Map<String, String> languages = new HashMap<>();
        jdbc.query("select user_id, preferred_locale from user_profile where user_id in (:users)"
                + " and preferred_locale is not null", new MapSqlParameterSource("users", userIds), row -> {
                    languages.put(row.getString("user_id"),
                            Locale.forLanguageTag(row.getString("preferred_locale")).toLanguageTag());
                });
        return languages;
    }

    private Object[] arguments(Notice notice, String link, Locale locale) {
        List<Object> all = new ArrayList<>();
        all.add(notice.reference() == null ? "" : notice.reference());
        all.add(link == null ? publicUrl : link);
        for (Object argument : notice.arguments()) {
            all.add(argument instanceof Notice.Translated translated
                    ? messages.getMessage(translated.key(), null, translated.key(), locale) : argument);
        }
        return all.toArray();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Whether the user receives the topic: mandatory ones always, optional ones unless switched off. */
    @Transactional(readOnly = true)
    public boolean isEnabled(String userId, Topic topic) {
        if (topic.mandatory()) {
            return true;
        }
        List<Boolean> setting = jdbc.queryForList("select enabled from notification_preference where user_id = :user"
                + " and topic = :topic", new MapSqlParameterSource("user", userId).addValue("topic", topic.key()),
                Boolean.class);
        return setting.isEmpty() || setting.get(0);
    }

    /** Switches an optional topic on or off for the user; a mandatory one is refused. */
    @Transactional
    public void setEnabled(String userId, Topic topic, boolean enabled) {
        if (topic.mandatory()) {
            throw new IllegalArgumentException("Mandatory notifications cannot be switched off: " + topic.key());
        }
        MapSqlParameterSource values = new MapSqlParameterSource("user", userId).addValue("topic", topic.key())
                .addValue("enabled", enabled);
        if (jdbc.update("update notification_preference set enabled = :enabled where user_id = :user"
                + " and topic = :topic", values) == 0) {
            jdbc.update("insert into notification_preference (user_id, topic, enabled) values (:user, :topic,"
                    + " :enabled)", values);
        }
        auditLog.record(userId, "NOTIFICATION_PREFERENCE", "user:" + userId, topic.key() + "=" + enabled);
    }

    @Transactional(readOnly = true)
    public long unreadCount(String userId) {
        Long count = jdbc.queryForObject("select count(*) from notification where recipient = :user"
                + " and read_at is null", new MapSqlParameterSource("user", userId), Long.class);
        return count == null ? 0 : count;
    }

    /** One page of the user's messages, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationEntry> page(String userId, int offset, int limit) {
        return jdbc.query("select * from notification where recipient = :user order by created_at desc, id desc"
                        + " limit :limit offset :offset", new MapSqlParameterSource("user", userId)
                        .addValue("limit", limit).addValue("offset", offset), ENTRY);
    }

    /** One page of every message with an address, newest first: what was (or, in the demo, would have been) mailed. */
    @Transactional(readOnly = true)
    public List<NotificationEntry> outbox(int offset, int limit) {
        return jdbc.query("select * from notification where mail_status <> 'NONE' order by id desc"
                + " limit :limit offset :offset", new MapSqlParameterSource("limit", limit)
                .addValue("offset", offset), ENTRY);
    }

    @Transactional
    public void markRead(long id, String userId) {
        jdbc.update("update notification set read_at = :now where id = :id and recipient = :user and read_at is null",
                new MapSqlParameterSource("now", OffsetDateTime.now(clock)).addValue("id", id)
                        .addValue("user", userId));
    }

    @Transactional
    public void markAllRead(String userId) {
        jdbc.update("update notification set read_at = :now where recipient = :user and read_at is null",
                new MapSqlParameterSource("now", OffsetDateTime.now(clock)).addValue("user", userId));
    }

    /** The topics users may set, from every procedure, mandatory ones included (shown as such). */
    public static Set<Topic> all(List<NotificationTopics> sources) {
        Set<Topic> topics = new LinkedHashSet<>();
        topics.add(TaskNotices.TASK_OFFERED);
        sources.forEach(source -> topics.addAll(source.topics()));
        return topics;
    }

    private static final RowMapper<NotificationEntry> ENTRY = (rs, row) -> new NotificationEntry(rs.getLong("id"),
            rs.getString("recipient"), rs.getString("topic"), rs.getBoolean("mandatory"), rs.getString("reference"),
            rs.getString("link"), rs.getString("subject"), rs.getString("body"), rs.getString("language"),
            rs.getString("email"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("read_at")),
            rs.getString("mail_status"));

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

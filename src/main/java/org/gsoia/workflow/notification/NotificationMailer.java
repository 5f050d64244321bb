package org.gsoia.workflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the pending messages through Spring Mail, after the transactions that wrote them committed (an outbox: a
 * message is mailed only if its change happened, and a mail server that is down loses nothing; the row waits).
 * Active where {@code gsoia.notifications.mail} is true (the {@code postgres} profile, with SMTP settings); in the
 * demo the rows stay an outbox that administrators read.
 */
@Component
@ConditionalOnProperty(name = "gsoia.notifications.mail", havingValue = "true")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPT_ERROR = 300;
    private static final int MAX_ATTEMPTS = 5;
    /** Far longer than one mail can take (SMTP connection and read time-outs of 5 and 10 s). */
    static final Duration CLAIM_EXPIRY = Duration.ofMinutes(10);
    private static final String CLAIMABLE = "mail_status = 'PENDING' or mail_status = 'SENDING' and mailed_at < :expired";

    private final NamedParameterJdbcTemplate jdbc;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final String from;

    NotificationMailer(NamedParameterJdbcTemplate jdbc, JavaMailSender mailSender, Clock clock,
                       @org.springframework.beans.factory.annotation.Value(
                               "${gsoia.notifications.from:gsoia-workflow@localhost}") String from) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${gsoia.notifications.mail-interval-ms:5000}")
    void sendPending() {
        // a claim older than CLAIM_EXPIRY is a sender that died between claiming and marking (a crash, kill -9):
        // without taking such rows up again their mail would never go out; at worst it now goes out twice
        MapSqlParameterSource claim = new MapSqlParameterSource("now", OffsetDateTime.now(clock))
                .addValue("expired", OffsetDateTime.now(clock).minus(CLAIM_EXPIRY));
        List<Map<String, Object>> pending = jdbc.queryForList("select id, email, subject, body from notification"
                + " where " + CLAIMABLE + " order by id limit " + BATCH, claim);
        for (Map<String, Object> row : pending) {
            long id = ((Number) row.get("id")).longValue();
            // claim the row first: a second instance of the application sending at the same moment skips it; while
            // the row is SENDING, mailed_at holds the moment of the claim
            if (jdbc.update("update notification set mail_status = 'SENDING', mailed_at = :now where id = :id and ("
                    + CLAIMABLE + ")", new MapSqlParameterSource(claim.getValues()).addValue("id", id)) == 0) {
                continue;
            }
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo((String) row.get("email"));
            mail.setSubject((String) row.get("subject"));
            mail.setText((String) row.get("body"));
            try {
                mailSender.send(mail);
                mark(id, "SENT", null);
            } catch (MailException failed) {
                // most failures are the server's (down, refusing): the row waits for the next round, the rest of the
                // batch too; after MAX_ATTEMPTS the row is marked failed and shows so in the outbox
                String error = String.valueOf(failed.getMessage());
                jdbc.update("update notification set mail_attempts = mail_attempts + 1, mail_error = :error,"
                        + " mail_status = case when mail_attempts + 1 >= :max then 'FAILED' else 'PENDING' end"
                        + " where id = :id", new MapSqlParameterSource("id", id).addValue("max", MAX_ATTEMPTS)
                        .addValue("error", error.length() > MAX_ATTEMPT_ERROR ? error.substring(0, MAX_ATTEMPT_ERROR)
                                : error));
                log.warn("Notification {} not mailed (will retry): {}", id, error);
                return;
            }
        }
    }

    private void mark(long id, String status, String error) {
        jdbc.update("update notification set mail_status = :status, mailed_at = :now, mail_error = :error"
                + " where id = :id", new MapSqlParameterSource("id", id).addValue("status", status)
                .addValue("now", OffsetDateTime.now(clock)).addValue("error", error));
    }
}

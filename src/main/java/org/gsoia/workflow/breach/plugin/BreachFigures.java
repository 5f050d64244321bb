package org.gsoia.workflow.breach.plugin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gsoia.workflow.metrics.RegisterFigure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard's breach figures, by receiving party: how often each target of the notification chain was met
 * (cases reported within the window, {@code gsoia.breach.metrics-window-days}, 365 by default; a dash while no case
 * reached the step), investigations open and those open longer than {@code gsoia.breach.old-investigation-days}
 * (30), and corrective actions overdue.
 */
@Configuration
class BreachFigures {

    @Bean
    RegisterFigure breachOfficerTargetMet(NamedParameterJdbcTemplate jdbc, Clock clock,
                                          @Value("${gsoia.breach.metrics-window-days:365}") int window) {
        return share("metrics.register.breachOfficerTargetMet", window, jdbc, clock,
                "(b.opened_at is not null or b.officer_due_at < :now)", "b.opened_at <= b.officer_due_at");
    }

    @Bean
    RegisterFigure breachAuthorityTargetMet(NamedParameterJdbcTemplate jdbc, Clock clock,
                                            @Value("${gsoia.breach.metrics-window-days:365}") int window) {
        return share("metrics.register.breachAuthorityTargetMet", window, jdbc, clock,
                "(b.opened_at is not null or b.authority_due_at < :now)", "b.opened_at <= b.authority_due_at");
    }

    @Bean
    RegisterFigure breachOriginatorTargetMet(NamedParameterJdbcTemplate jdbc, Clock clock,
                                             @Value("${gsoia.breach.metrics-window-days:365}") int window) {
        return share("metrics.register.breachOriginatorTargetMet", window, jdbc, clock,
                "(b.notified_at is not null or b.originator_due_at < :now)", "b.notified_at <= b.originator_due_at");
    }

    @Bean
    RegisterFigure openInvestigations(NamedParameterJdbcTemplate jdbc, Clock clock,
                                      @Value("${gsoia.breach.old-investigation-days:30}") int days) {
        return count("metrics.register.breachInvestigationsOpen", days, jdbc, clock,
                "b.status in ('INVESTIGATING', 'FINAL_REPORT')");
    }

    @Bean
    RegisterFigure oldInvestigations(NamedParameterJdbcTemplate jdbc, Clock clock,
                                     @Value("${gsoia.breach.old-investigation-days:30}") int days) {
        return count("metrics.register.breachInvestigationsOld", days, jdbc, clock,
                "b.status in ('INVESTIGATING', 'FINAL_REPORT') and b.notified_at < :cutoff");
    }

    @Bean
    RegisterFigure overdueBreachActions(NamedParameterJdbcTemplate jdbc, Clock clock) {
        return RegisterFigure.of("metrics.register.breachActionsOverdue", 0, party -> number(jdbc.queryForObject("""
                select count(*) from breach_action a join breach_case b on b.id = a.case_id
                where a.done_on is null and a.due_on < :today
                  and (:party is null or b.receiving_party_code = :party)""",
                new MapSqlParameterSource("today", LocalDate.now(clock))
                        .addValue("party", party.orElse(null), java.sql.Types.VARCHAR), Long.class)));
    }

    private static RegisterFigure count(String labelKey, int days, NamedParameterJdbcTemplate jdbc, Clock clock,
                                        String condition) {
        return RegisterFigure.of(labelKey, days, party -> number(jdbc.queryForObject(
                "select count(*) from breach_case b where " + condition
                        + " and (:party is null or b.receiving_party_code = :party)",
                new MapSqlParameterSource("cutoff", OffsetDateTime.now(clock).minusDays(days))
                        .addValue("party", party.orElse(null), java.sql.Types.VARCHAR), Long.class)));
    }

    private static long number(Long count) {
        return count == null ? 0 : count;
    }

    /**
     * The percentage of cases, reported within the window, that met a step's target, among those that took the step
     * or whose target passed without it (a case never opened missed its target); -1 when there are none.
     */
    private static RegisterFigure share(String labelKey, int window, NamedParameterJdbcTemplate jdbc, Clock clock,
                                        String reached, String met) {
        return RegisterFigure.of(labelKey, window, partyCode -> jdbc.queryForObject(
                "select count(*), sum(case when " + met + " then 1 else 0 end) from breach_case b where " + reached
                        + " and b.reported_at >= :since and (:party is null or b.receiving_party_code = :party)",
                new MapSqlParameterSource("since", OffsetDateTime.now(clock).minusDays(window))
                        .addValue("now", OffsetDateTime.now(clock))
                        .addValue("party", partyCode.orElse(null), java.sql.Types.VARCHAR),
                (rs, row) -> {
                    long all = rs.getLong(1);
                    return all == 0 ? -1L : Math.round(100.0 * rs.getLong(2) / all);
                }));
    }
}

package org.gsoia.workflow.clearance.plugin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gsoia.workflow.metrics.RegisterFigure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard's register figures of the facility-clearance procedure: valid facility and personnel clearances
 * that expire within the attention window ({@code gsoia.fsc.attention-days}, 90 by default), by party, one indexed
 * count each; and the sponsorships (national clearances) running and how long they take.
 */
@Configuration
class ClearanceFigures {

    @Bean
    RegisterFigure expiringFacilityClearances(NamedParameterJdbcTemplate jdbc, Clock clock,
                                              @Value("${gsoia.fsc.attention-days:90}") int days) {
        return figure("metrics.register.fscExpiring", days, jdbc, clock, """
                select count(*) from facility f join organisation o on o.id = f.organisation_id
                where f.fsc_status = 'VALID' and f.fsc_expires_on between :today and :horizon
                  and (:party is null or o.party_code = :party)""");
    }

    @Bean
    RegisterFigure expiringPersonnelClearances(NamedParameterJdbcTemplate jdbc, Clock clock,
                                               @Value("${gsoia.fsc.attention-days:90}") int days) {
        return figure("metrics.register.pscExpiring", days, jdbc, clock, """
                select count(*) from personnel_clearance p
                where p.status = 'VALID' and p.expires_on between :today and :horizon
                  and (:party is null or p.party_code = :party)""");
    }

    /** National clearances (sponsorships, R-FC-03) running now, by the party that grants them. */
    @Bean
    RegisterFigure runningSponsorships(NamedParameterJdbcTemplate jdbc, Clock clock,
                                       @Value("${gsoia.fsc.attention-days:90}") int days) {
        return figure("metrics.register.sponsorshipsRunning", days, jdbc, clock, """
                select count(*) from fsc_assurance_request r
                where r.clearance_started_at is not null and r.clearance_decided_at is null and r.closed_at is null
                  and (:party is null or r.receiving_party_code = :party)""");
    }

    /**
     * How long a sponsorship takes: the median of whole days from the national clearance's start to its decision,
     * over the sponsorships decided within the last year ({@code gsoia.fsc.sponsorship-window-days}); none decided:
     * nothing to measure (shown as a dash).
     */
    @Bean
    RegisterFigure sponsorshipDuration(NamedParameterJdbcTemplate jdbc, Clock clock,
                                       @Value("${gsoia.fsc.sponsorship-window-days:365}") int window) {
        return RegisterFigure.of("metrics.register.sponsorshipMedianDays", window, partyCode -> {
            java.time.OffsetDateTime since = java.time.OffsetDateTime.now(clock).minusDays(window);
            List<Long> durations = jdbc.query("""
                    select r.clearance_started_at, r.clearance_decided_at from fsc_assurance_request r
                    where r.clearance_decided_at >= :since and r.clearance_started_at is not null
                      and (:party is null or r.receiving_party_code = :party)""",
                    new MapSqlParameterSource("since", since)
                            .addValue("party", partyCode.orElse(null), java.sql.Types.VARCHAR),
                    (rs, row) -> java.time.Duration.between(rs.getObject(1, java.time.OffsetDateTime.class),
                            rs.getObject(2, java.time.OffsetDateTime.class)).toDays());
            if (durations.isEmpty()) {
                return -1;
            }
            List<Long> sorted = durations.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        });
    }

    private static RegisterFigure figure(String labelKey, int days, NamedParameterJdbcTemplate jdbc, Clock clock,
                                         String sql) {
        return RegisterFigure.of(labelKey, days, partyCode -> {
            LocalDate today = LocalDate.now(clock);
            Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("today", today)
                    .addValue("horizon", today.plusDays(days))
                    .addValue("party", partyCode.orElse(null), java.sql.Types.VARCHAR), Long.class);
            return count == null ? 0 : count;
        });
    }
}

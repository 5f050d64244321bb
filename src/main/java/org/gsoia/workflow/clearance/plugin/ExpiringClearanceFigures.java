package org.gsoia.workflow.clearance.plugin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.gsoia.workflow.metrics.RegisterFigure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard's register figures of the facility-clearance procedure: valid facility and personnel clearances
 * that expire within the attention window ({@code gsoia.fsc.attention-days}, 90 by default), by party; one indexed
 * count each.
 */
@Configuration
class ExpiringClearanceFigures {

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

    private static RegisterFigure figure(String labelKey, int days, NamedParameterJdbcTemplate jdbc, Clock clock,
                                         String sql) {
        return new RegisterFigure() {
            @Override
            public String labelKey() {
                return labelKey;
            }

            @Override
            public int days() {
                return days;
            }

            @Override
            public long count(Optional<String> partyCode) {
                LocalDate today = LocalDate.now(clock);
                Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("today", today)
                        .addValue("horizon", today.plusDays(days))
                        .addValue("party", partyCode.orElse(null), java.sql.Types.VARCHAR), Long.class);
                return count == null ? 0 : count;
            }
        };
    }
}

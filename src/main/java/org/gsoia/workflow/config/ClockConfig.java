package org.gsoia.workflow.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application and its process engine: the engine's own ({@link ClockUtil}), which is the
 * system's clock unless someone sets it. So a domain row's timestamps (filed, decided, audited) and the engine's
 * history of the same case never disagree, and demo data can file cases "in the past" by moving one clock.
 * Tests that need a fixed "now" replace this bean.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneOffset.UTC);
    }

    /** {@link Clock} over the engine's clock. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime());
        }
    }
}

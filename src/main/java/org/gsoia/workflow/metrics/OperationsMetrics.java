package org.gsoia.workflow.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Operations metrics at {@code /actuator/prometheus}, per procedure: {@code gsoia_cases_open},
 * {@code gsoia_cases_overdue} (open cases waiting for a decision past its due date), {@code gsoia_escalations}
 * (cases escalated, all time) and {@code gsoia_decisions{outcome=...}} (final decisions, all time). Gauges read a
 * snapshot of {@link Dashboards#operations()} that is recomputed at most every 30 seconds, however often Prometheus
 * scrapes.
 */
@Component
class OperationsMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

    private final Dashboards dashboards;
    private final MeteredProcedures procedures;
    private final Clock clock;
    private Map<String, Dashboards.Operations> snapshot;
    private Instant takenAt = Instant.MIN;

    OperationsMetrics(Dashboards dashboards, MeteredProcedures procedures, Clock clock) {
        this.dashboards = dashboards;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ProcedureMetrics procedure : procedures.all()) {
            String key = procedure.procedure().processKey();
            gauge(registry, "gsoia.cases.open", "Open cases", key, Dashboards.Operations::open);
            gauge(registry, "gsoia.cases.overdue", "Open cases whose decision is overdue", key,
                    Dashboards.Operations::overdue);
            gauge(registry, "gsoia.escalations", "Cases escalated because a decision deadline passed", key,
                    Dashboards.Operations::escalated);
            for (String outcome : procedure.decisionOutcomes()) {
                Gauge.builder("gsoia.decisions", this, m -> m.value(key, o -> o.decisions().getOrDefault(outcome, 0L)))
                        .description("Final decisions by outcome").tag("procedure", key).tag("outcome", outcome)
                        .strongReference(true).register(registry);
            }
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, String procedure,
                       ToDoubleFunction<Dashboards.Operations> value) {
        Gauge.builder(name, this, m -> m.value(procedure, value)).description(description)
                .tag("procedure", procedure).strongReference(true).register(registry);
    }

    private double value(String procedure, ToDoubleFunction<Dashboards.Operations> value) {
        Map<String, Dashboards.Operations> current = snapshot();
        Dashboards.Operations ops = current == null ? null : current.get(procedure);
        return ops == null ? Double.NaN : value.applyAsDouble(ops);
    }

    synchronized Map<String, Dashboards.Operations> snapshot() {
        Instant now = clock.instant();
        if (snapshot == null || takenAt.plus(MAX_AGE).isBefore(now)) {
            try {
                snapshot = dashboards.operations();
                takenAt = now;
            } catch (RuntimeException unavailable) {
                // e.g. the database is down: report no value rather than failing the scrape
                log.warn("Operations metrics unavailable: {}", unavailable.getMessage());
                return snapshot;
            }
        }
        return snapshot;
    }
}

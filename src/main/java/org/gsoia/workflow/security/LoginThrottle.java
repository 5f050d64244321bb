package org.gsoia.workflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limit on failed logins per client address: after {@code gsoia.login.address-max-failures} failures within
 * {@code gsoia.login.address-window}, the address is refused every login (right or wrong password) until its window
 * ends. Together with the engine's per-user back-off ({@link EngineSecurity}) this slows password guessing from one
 * machine across many users as well as against one. Kept per node: on a cluster each node counts for itself.
 */
@Component
class LoginThrottle {

    /** Above this many tracked addresses, windows that have ended are dropped on the next failure. */
    private static final int PRUNE_ABOVE = 10_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    LoginThrottle(@Value("${gsoia.login.address-max-failures:30}") int maxFailures,
                  @Value("${gsoia.login.address-window:PT15M}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private record Window(Instant start, int failures) {
    }

    /** How long the address must still wait, if it is refused now. */
    Optional<Duration> refusedFor(String address) {
        Window current = windows.get(address);
        Instant now = clock.instant();
        if (current == null || current.failures() < maxFailures || !now.isBefore(current.start().plus(window))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }

    void failed(String address) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        windows.compute(address, (key, current) -> current == null || !now.isBefore(current.start().plus(window))
                ? new Window(now, 1)
                : new Window(current.start(), current.failures() + 1));
    }
}

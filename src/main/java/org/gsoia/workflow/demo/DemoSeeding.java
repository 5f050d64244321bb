package org.gsoia.workflow.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Files the demo cases once the application is ready. On a fresh database that takes half a minute, which would hold
 * back readiness: by default it runs in the background, and while it runs {@link DemoPreparingFilter} answers every
 * page and call with "preparing demo data" (the cases are filed on a travelling clock that is the application's too,
 * so nobody may act meanwhile). {@code gsoia.demo.seed-in-background=false} (the tests) files them before the
 * application reports ready.
 */
@Component
@Profile("demo")
public class DemoSeeding {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final List<DemoData> demoData;
    private final boolean inBackground;
    private volatile boolean preparing;

    DemoSeeding(List<DemoData> demoData, @Value("${gsoia.demo.seed-in-background:true}") boolean inBackground) {
        this.demoData = demoData;
        this.inBackground = inBackground;
        this.preparing = !demoData.isEmpty();
    }

    /** Whether demo cases are still being filed (the application then turns everyone away for a moment). */
    public boolean preparing() {
        return preparing;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void start() {
        if (!inBackground) {
            seedAll();
            return;
        }
        Thread seeding = new Thread(this::seedAll, "demo-seeding");
        seeding.setDaemon(true);
        seeding.start();
    }

    private void seedAll() {
        long started = System.nanoTime();
        try {
            demoData.forEach(DemoData::seed);
            log.info("Demo data ready after {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException failed) {
            // the product works without its demo cases; the log says why they are missing
            log.error("Demo data could not be filed completely", failed);
        } finally {
            preparing = false;
        }
    }
}

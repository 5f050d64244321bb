package org.gsoia.workflow.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the dashboard's fact tables from the history when they disagree at start-up: after the upgrade that
 * introduced them, after a history cleanup, or after cases were changed with listeners skipped.
 */
@Component
class CaseFactsRebuild {

    private static final Logger log = LoggerFactory.getLogger(CaseFactsRebuild.class);

    private final CaseFacts facts;

    CaseFactsRebuild(CaseFacts facts) {
        this.facts = facts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void rebuildIfOutOfStep() {
        if (!facts.inStep()) {
            long started = System.nanoTime();
            long cases = facts.rebuild();
            log.info("Dashboard facts rebuilt: {} cases in {} ms", cases, (System.nanoTime() - started) / 1_000_000);
        }
    }
}

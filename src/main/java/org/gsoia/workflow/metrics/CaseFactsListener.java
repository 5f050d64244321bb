package org.gsoia.workflow.metrics;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks a case for a refresh of its dashboard facts whenever the engine records history for it. Camunda's Spring Boot
 * starter publishes every history event as a Spring event, synchronously and inside the engine's transaction; marking
 * is cheap, the refresh runs once per case just before the transaction commits.
 */
@Component
class CaseFactsListener {

    private final CaseFacts facts;

    CaseFactsListener(CaseFacts facts) {
        this.facts = facts;
    }

    @EventListener
    public void onHistoryEvent(HistoryEvent event) {
        if (event.getProcessInstanceId() != null && event.getProcessDefinitionKey() != null
                && facts.tracks(event.getProcessDefinitionKey())) {
            facts.processInstanceChanged(event.getProcessInstanceId(), event.getProcessDefinitionKey());
        }
    }
}

package org.gsoia.workflow.visit;

import java.util.Optional;

/** Part of {@link VisitRequestRepository}: a request by its reference, from the transaction's own if it has it. */
interface VisitRequestByReference {

    /**
     * The request with this reference. A transaction that has loaded it already (locked it, say) gets it without a
     * query: the process's steps and the task services ask for the same request several times per transaction, and a
     * query each time also made Hibernate check every loaded entity for changes first (LifecycleBenchmark).
     */
    Optional<VisitRequest> byReference(String reference);
}

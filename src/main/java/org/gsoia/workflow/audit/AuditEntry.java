package org.gsoia.workflow.audit;

import java.time.Instant;

/** An event recorded in a transaction and written, chained, when the transaction commits. */
record AuditEntry(Instant occurredAt, String userId, String action, String subject, String details,
                  String clientAddress) {
}

package org.gsoia.workflow.clearance.api;

import java.util.List;

/** One page of assurance requests, newest first; {@code more} says whether another page follows. */
public record AssuranceRequestPage(List<AssuranceRequestDetails> items, int page, int size, boolean more) {
}

package org.gsoia.workflow.breach.api;

import java.util.List;

/** One page of breach cases; {@code more} tells whether another page follows. */
record BreachPage(List<BreachDetails> items, int page, int size, boolean more) {
}

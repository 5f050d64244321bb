package org.gsoia.workflow.api;

import java.util.List;
import org.gsoia.workflow.procedure.FieldProblem;

/**
 * The checks every paged list of the REST API makes on {@code page} and {@code size}: a negative page, or one beyond
 * what an offset can address (it must not overflow into a 500), and a size outside 1 to the list's maximum.
 */
public final class PageQuery {

    private PageQuery() {
    }

    /** Adds the problems of the page and size to the list; {@code sizeKey} names the list's own size message. */
    public static void check(List<FieldProblem> problems, int page, int size, int maxSize, String sizeKey) {
        if (page < 0 || (long) page * Math.max(size, 1) > Integer.MAX_VALUE - maxSize - 1L) {
            problems.add(FieldProblem.of("page", "api.query.page"));
        }
        if (size < 1 || size > maxSize) {
            problems.add(FieldProblem.of("size", sizeKey, maxSize));
        }
    }
}

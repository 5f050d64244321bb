package org.gsoia.workflow.casefile;

import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.procedure.Procedure;

/**
 * A procedure's side of the case file. Each procedure (visit requests today; facility clearances and breach
 * notifications later) implements this once; the case file itself knows no procedure. The case reference is also
 * the business key of the case's process instance.
 */
public interface CaseFileSource {

    /** The procedure this source speaks for: its references, name, task labels and case page. */
    Procedure procedure();

    /**
     * The case as the user may see it, in the user's language, or empty when the case does not exist or the user
     * has no need to know it (both look the same to the caller, on purpose).
     */
    Optional<CaseFileContent> open(String reference, String userId, Locale locale);

    /**
     * The details the procedure wrote into one of its audit events, for the reader (e.g. a decision code in the
     * reader's words), or empty where they are the authorities' own business and the reader is not an officer of
     * one (e.g. a first decision still awaiting its second officer); unchanged by default.
     */
    default String auditDetails(String action, String details, boolean authorityReader, Locale locale) {
        return details;
    }

    /** Need-to-know alone, for reading parts of the case (timeline, comments, attachments) that need no content. */
    default boolean isVisibleTo(String reference, String userId) {
        return open(reference, userId, Locale.ENGLISH).isPresent();
    }

    /**
     * Whether the user takes part in the case and so may add comments and attachments; narrower than reading where
     * the procedure lets someone read without taking part (e.g. administrators).
     */
    default boolean mayContribute(String reference, String userId) {
        return isVisibleTo(reference, userId);
    }
}

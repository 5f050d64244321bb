package org.gsoia.workflow.procedure;

import java.util.Locale;

/**
 * One procedure of the agreement as every shared workplace names it: the inbox, the case file and the dashboard
 * read these names from here and from nowhere else. Each procedure declares one, next to its public front.
 *
 * @param processKey      the key of the procedure's BPMN process, e.g. {@code visit-request}
 * @param nameKey         translation key of the procedure's name, e.g. "Visit request"
 * @param referencePrefix what every case reference of the procedure starts with, e.g. {@code VR-}; a case's
 *                        reference is also its process instance's business key
 * @param pageRoute       the route of the procedure's own page of a case, where its task forms are, without the
 *                        reference, e.g. {@code visits}
 * @param taskLabelPrefix the start of the translation key of each user task, e.g. {@code visit.task.}; the task
 *                        definition key completes it
 */
public record Procedure(String processKey, String nameKey, String referencePrefix, String pageRoute,
                        String taskLabelPrefix) {

    /** Whether the reference is one of this procedure's cases (by its prefix); says nothing about visibility. */
    public boolean owns(String reference) {
        return reference != null && reference.toUpperCase(Locale.ROOT).startsWith(referencePrefix);
    }

    /** The route of the procedure's page of one case, e.g. {@code visits/VR-2026-000123}. */
    public String page(String reference) {
        return pageRoute + "/" + reference;
    }

    /** Translation key of a user task (step), by its task definition key. */
    public String taskLabelKey(String taskKey) {
        return taskLabelPrefix + taskKey;
    }
}

package org.gsoia.workflow.metrics;

import org.gsoia.workflow.procedure.Procedure;

/**
 * What a procedure contributes to the manager dashboard, beyond what the engine's history knows by itself. Each
 * procedure (visit requests now; facility clearances and breach notifications later) implements it as a Spring
 * bean; the dashboard computes every figure for all of them alike.
 */
public interface ProcedureMetrics {

    /** The procedure these facts are about: its process key, name and step labels. */
    Procedure procedure();

    /**
     * A SQL query over the procedure's domain tables with one row per case and exactly these columns, portable to
     * PostgreSQL and H2:
     * <ul>
     *   <li>{@code case_key} – the case's business key (its reference), as the process instance carries it;</li>
     *   <li>{@code party_code} – the party whose competent authority owes the decision (e.g. the host party);</li>
     *   <li>{@code due_date} – the date by which the decision is due (may be null);</li>
     *   <li>{@code resolved_at} – when the latest decision was made, null while none;</li>
     *   <li>{@code decided} – 1 when {@code resolved_at} holds a final decision, else 0;</li>
     *   <li>{@code outcome} – the decision's code (may be null);</li>
     *   <li>{@code escalated} – 1 when the decision deadline passed and the case was escalated, else 0;</li>
     *   <li>{@code late} – 1 when the decision came after the lead time the procedure promises (e.g. after the
     *   visit's first day), else 0.</li>
     * </ul>
     * {@link CaseFacts} copies these facts into the dashboard's own table, for all cases at once (a rebuild) and for
     * one case filtered by {@code case_key} whenever it changes; an index on the column behind {@code case_key} keeps
     * the latter quick. The case's start and end come from the engine's history.
     */
    String caseFactsSql();

    /** The codes of {@code outcome} that are final decisions (where {@code decided} is 1). */
    java.util.List<String> decisionOutcomes();

    /** Translation key of a decision outcome of {@link #caseFactsSql()}. */
    String outcomeLabelKey(String outcome);

}

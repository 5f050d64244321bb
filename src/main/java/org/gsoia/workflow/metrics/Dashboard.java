package org.gsoia.workflow.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of the manager dashboard for one filter, computed in one go.
 *
 * @param firstDay       first day of the period (a Monday)
 * @param today          the day the figures were computed
 * @param openCases      cases running now
 * @param overdueNow     running cases whose decision is due before today and not yet taken
 * @param started        cases started in the period
 * @param completed      cases closed in the period
 * @param timeToDecision days from the filing of a case to its decision, for the decisions of the period
 * @param compliance     deadline compliance of the decisions of the period, overall
 * @param perParty       the same per party whose authority decided
 * @param steps          time spent in each step (user task) completed in the period, the slowest step first
 * @param backlog        cases waiting with an authority now, per age bucket in working days
 * @param trend          cases started and closed per week of the period
 */
public record Dashboard(LocalDate firstDay, LocalDate today, long openCases, long overdueNow, long started,
                        long completed, CycleTime timeToDecision, Compliance compliance, List<Compliance> perParty,
                        List<StepTime> steps, List<Backlog> backlog, List<Week> trend) {

    /** Median and 90th percentile in days over {@code count} decisions; null when there were none. */
    public record CycleTime(long count, Double medianDays, Double p90Days) {
    }

    /**
     * @param partyCode     the deciding party, or null for all
     * @param decided       decisions taken in the period
     * @param onTime        of these, taken on or before their due date
     * @param escalated     of these, escalated because the deadline passed
     * @param afterLeadTime of these, taken after the lead time (e.g. on or after the visit's first day)
     */
    public record Compliance(String partyCode, long decided, long onTime, long escalated, long afterLeadTime) {

        /** Share of decisions on time, 0–100, or null without decisions. */
        public Double onTimePercent() {
            return decided == 0 ? null : 100.0 * onTime / decided;
        }
    }

    /** One step (user task) of a procedure: how long its completed tasks took, in hours. */
    public record StepTime(String procedureKey, String taskKey, long count, double medianHours,
                           double p90Hours) {
    }

    /**
     * Cases waiting with one holder: the authority of a party ({@code partyCode} set) or, with a null party, the
     * applicants and host facilities. {@code buckets} counts them by age in working days: 0–5, 6–10, 11–20, > 20.
     */
    public record Backlog(String holderGroup, String partyCode, long[] buckets) {

        public long total() {
            long sum = 0;
            for (long count : buckets) {
                sum += count;
            }
            return sum;
        }
    }

    /** One week of the trend, starting on {@code monday}. */
    public record Week(LocalDate monday, long started, long completed) {
    }
}

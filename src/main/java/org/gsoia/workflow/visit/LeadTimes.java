package org.gsoia.workflow.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.config.TransactionMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead-time engine: earliest admissible visit date and decision due date, counted in the host country's
 * working days, in the host's time zone, with the agreement's configured lead times.
 */
@Service
@Transactional(readOnly = true)
public class LeadTimes {

    private final LeadTimeRuleRepository rules;
    private final WorkingDayCalendars calendars;
    private final Clock clock;

    LeadTimes(LeadTimeRuleRepository rules, WorkingDayCalendars calendars, Clock clock) {
        this.rules = rules;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The configured rule, read once per transaction (filing a request asks for it five times). */
    public LeadTimeRule rule(String agreementId, String hostParty) {
        return TransactionMemo.remember(this, Arrays.asList(agreementId, hostParty), () -> rules
                .findByAgreementIdAndHostParty(agreementId, hostParty).orElseThrow(() -> new IllegalStateException(
                        "No visit lead time configured for " + agreementId + " / " + hostParty)));
    }

    /** The earliest day a visit submitted now may start: today in the host's zone plus the lead time. */
    public LocalDate earliestVisitDate(String agreementId, String hostParty, VisitType type) {
        return earliestVisitDate(agreementId, hostParty, type, today(hostParty));
    }

    /** The earliest day a visit may start when the lead time counts from the given day. */
    public LocalDate earliestVisitDate(String agreementId, String hostParty, VisitType type, LocalDate countsFrom) {
        return calendars.forParty(hostParty).addWorkingDays(countsFrom,
                rule(agreementId, hostParty).leadWorkingDays(type));
    }

    /**
     * The day the lead time counts from when a filed request changes (a correction, an answer, an amendment). The
     * lead time is a rule for submission, so it counts from the filing day: the host authority asks its questions
     * inside the lead time, and the answers must be possible. A change that brings the visit forward is a new
     * request for the earlier day, though: then it counts from today.
     */
    LocalDate leadTimeCountsFrom(VisitRequest request, LocalDate newStart) {
        String host = request.getHostParty();
        LocalDate filed = request.getSubmittedAt().atZoneSameInstant(calendars.forParty(host).zone()).toLocalDate();
        return newStart != null && newStart.isBefore(request.getStartDate()) ? today(host) : filed;
    }

    /** Whether a change made today comes inside the lead time of the changed visit (new visitors come late). */
    boolean insideLeadTime(VisitRequest request, VisitRequestData changed) {
        return changed.type() != null && changed.startDate() != null && earliestVisitDate(request.getAgreementId(),
                request.getHostParty(), changed.type()).isAfter(changed.startDate());
    }

    /** The host authority decides at the latest this many working days before the visit starts. */
    public LocalDate decisionDueDate(String agreementId, String hostParty, LocalDate visitStart) {
        return calendars.forParty(hostParty)
                .addWorkingDays(visitStart, -rule(agreementId, hostParty).getDecisionBufferWorkingDays());
    }

    /** The last day a recurring visit may be approved for. */
    public LocalDate latestRecurringEnd(String agreementId, String hostParty, LocalDate visitStart) {
        return visitStart.plusMonths(rule(agreementId, hostParty).getMaxRecurringMonths()).minusDays(1);
    }

    public LocalDate renewalReminderDate(String agreementId, String hostParty, LocalDate validUntil) {
        return validUntil.minusDays(rule(agreementId, hostParty).getRenewalReminderDays());
    }

    /** Sets the request's decision due date (and the validity of a recurring approval) from the configuration. */
    void schedule(VisitRequest request) {
        request.scheduleDecision(decisionDueDate(request.getAgreementId(), request.getHostParty(),
                request.getStartDate()));
        request.validUntil(request.getType() == VisitType.RECURRING ? request.getEndDate() : null);
    }

    /** Today in the host's time zone. */
    public LocalDate today(String hostParty) {
        return calendars.forParty(hostParty).today(clock);
    }
}

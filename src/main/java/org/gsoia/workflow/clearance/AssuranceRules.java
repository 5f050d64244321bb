package org.gsoia.workflow.clearance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement's deadlines for assurance requests: the reply is due a configured number of the receiving party's
 * working days after filing (counted in its time zone, the day ends at midnight there), and status updates follow
 * at a configured interval while a national clearance runs.
 */
@Service
@Transactional(readOnly = true)
public class AssuranceRules {

    private final AssuranceRuleRepository rules;
    private final WorkingDayCalendars calendars;

    AssuranceRules(AssuranceRuleRepository rules, WorkingDayCalendars calendars) {
        this.rules = rules;
        this.calendars = calendars;
    }

    /** The receiving authority's last day for the reply to a request filed at {@code filedAt}. */
    public LocalDate replyDueOn(String agreementId, String receivingParty, OffsetDateTime filedAt) {
        ZoneId zone = calendars.forParty(receivingParty).zone();
        return calendars.forParty(receivingParty).addWorkingDays(filedAt.atZoneSameInstant(zone).toLocalDate(),
                rule(agreementId, receivingParty).replyWorkingDays());
    }

    /** The moment a day is over in the receiving party's time zone. */
    public Date endOfDay(String receivingParty, LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(calendars.forParty(receivingParty).zone()).toInstant());
    }

    /** The status updates' repetition as the engine's timer reads it, e.g. {@code R/P1M}. */
    public String statusUpdateCycle(String agreementId, String receivingParty) {
        return "R/" + rule(agreementId, receivingParty).statusUpdateInterval();
    }

    /** How often a contractor of the party reports on its classified contracts (Germany: half-yearly); empty: never. */
    public java.util.Optional<java.time.Period> contractReportInterval(String agreementId, String contractorParty) {
        return rule(agreementId, contractorParty).contractReportInterval();
    }

    /** How long after an inspection of a facility of the party the next periodic one falls due. */
    public java.time.Period inspectionInterval(String agreementId, String facilityParty) {
        return rule(agreementId, facilityParty).inspectionInterval();
    }

    private AssuranceRule rule(String agreementId, String receivingParty) {
        return rules.findById(new AssuranceRule.Key(agreementId, receivingParty)).orElseThrow(() ->
                new IllegalStateException("No assurance rule configured for " + agreementId + " / " + receivingParty));
    }
}

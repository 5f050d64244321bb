package org.gsoia.workflow.agreement.calendar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gsoia.workflow.agreement.Party;
import org.gsoia.workflow.agreement.PartyRepository;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar of each party, built from its row in {@code party} (time zone, holiday country) and its
 * rows in {@code party_closing_period} on first use, and kept for the life of the application: this reference data
 * changes by a Liquibase changeset and a restart, not while the application runs, and building a jollyday calendar
 * parses XML.
 */
@Service
public class WorkingDayCalendars {

    private final PartyRepository parties;
    private final ClosingPeriodRepository closingPeriods;
    private final Map<String, WorkingDayCalendar> byParty = new ConcurrentHashMap<>();

    public WorkingDayCalendars(PartyRepository parties, ClosingPeriodRepository closingPeriods) {
        this.parties = parties;
        this.closingPeriods = closingPeriods;
    }

    /** @throws IllegalArgumentException if {@code partyCode} is not in table {@code party} */
    public WorkingDayCalendar forParty(String partyCode) {
        return byParty.computeIfAbsent(partyCode, this::load);
    }

    private WorkingDayCalendar load(String partyCode) {
        Party party = parties.findById(partyCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown party " + partyCode));
        return WorkingDayCalendar.of(party.getCode(), party.getTimeZone(), party.getHolidayCountry(),
                closingPeriods.findByPartyCodeOrderById(partyCode));
    }
}

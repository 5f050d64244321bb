package org.gsoia.workflow.agreement.calendar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gsoia.workflow.agreement.Party;
import org.gsoia.workflow.agreement.PartyRepository;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar of each party, built from its row in {@code party} (time zone, holiday country) on
 * first use and kept for the life of the application: a party's time zone or holiday country does not change
 * while the application runs, and building a jollyday calendar parses XML.
 */
@Service
public class WorkingDayCalendars {

    private final PartyRepository parties;
    private final Map<String, WorkingDayCalendar> byParty = new ConcurrentHashMap<>();

    public WorkingDayCalendars(PartyRepository parties) {
        this.parties = parties;
    }

    /** @throws IllegalArgumentException if {@code partyCode} is not in table {@code party} */
    public WorkingDayCalendar forParty(String partyCode) {
        return byParty.computeIfAbsent(partyCode, this::load);
    }

    private WorkingDayCalendar load(String partyCode) {
        Party party = parties.findById(partyCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown party " + partyCode));
        return WorkingDayCalendar.of(party.getCode(), party.getTimeZone(), party.getHolidayCountry());
    }
}

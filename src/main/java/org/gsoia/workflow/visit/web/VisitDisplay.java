package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.web.WrittenText;
import org.gsoia.workflow.visit.VisitRequest;


/**
 * How the visit screens write a request's facts for one reader, alike on the request page and in its task cards:
 * levels in dual marking towards the host party, facilities and people by name in the reader's language, dates in
 * the one short form, free texts marked with the language they were written in.
 */
@org.springframework.stereotype.Component
class VisitDisplay {

    private final Agreements agreements;
    private final DualMarkingFormatter marking;
    private final FacilityRegister facilities;
    private final People people;
    private final WorkingDayCalendars calendars;

    VisitDisplay(Agreements agreements, DualMarkingFormatter marking, FacilityRegister facilities, People people,
                 WorkingDayCalendars calendars) {
        this.agreements = agreements;
        this.marking = marking;
        this.facilities = facilities;
        this.people = people;
        this.calendars = calendars;
    }

    /** A level of the sending party's scheme next to its equivalent of the host party. */
    String level(VisitRequest request, String levelId, Locale locale) {
        return marking.format(agreements.currentId(), levelId, request.getHostParty(), locale);
    }

    String facility(String facilityId, Locale locale) {
        return facilities.find(facilityId).map(f -> f.displayName(locale)).orElse(facilityId);
    }

    /** A person by name and authority or company: "Thomas Wagner (BAAINBw)". */
    String person(String userId, Locale locale) {
        return people.nameAndOrganisation(userId, locale);
    }

    String date(LocalDate date, Locale locale) {
        return Dates.format(date, locale);
    }

    String dates(VisitRequest request, Locale locale) {
        return Dates.format(request.getStartDate(), locale) + " – " + Dates.format(request.getEndDate(), locale);
    }

    /** The day a moment falls on where the request is decided (the host party's time zone). */
    LocalDate hostDay(VisitRequest request, OffsetDateTime moment) {
        ZoneId host = calendars.forParty(request.getHostParty()).zone();
        return moment.atZoneSameInstant(host).toLocalDate();
    }

    /**
     * A free text with the language it was written in, unless that is the reader's: "Access to hall 3 only (written
     * in English)".
     */
    Component written(String text, String languageTag, Locale locale, com.vaadin.flow.component.Component translator) {
        return WrittenText.component(text, languageTag, locale, translator);
    }
}

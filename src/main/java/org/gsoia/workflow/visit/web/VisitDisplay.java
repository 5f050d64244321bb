package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.visit.FacilityClearanceGap;
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

    /** "Clearance of Rheintal … suspended on 02.12.2026": which facility's clearance changed, to what, when. */
    String clearanceChange(VisitRequest request, Locale locale, Component translator) {
        boolean person = request.getClearanceChangedPerson() != null;
        return translator.getTranslation(person ? "visit.clearanceChange.personText" : "visit.clearanceChange.text",
                person ? request.getClearanceChangedPerson() : facility(request.getClearanceChangedFacilityId(), locale),
                translator.getTranslation("visit.clearanceChange." + request.getClearanceChangedTo()),
                date(request.getClearanceChangedAt().toLocalDate(), locale));
    }

    String facility(String facilityId, Locale locale) {
        return facilities.find(facilityId).map(f -> f.displayName(locale)).orElse(facilityId);
    }

    /** A person by name and authority or company: "Thomas Wagner (BAAINBw)". */
    /**
     * Why an approval was refused, in the reader's language: each facility whose clearance does not cover the visit,
     * and what is missing.
     */
    String clearanceGaps(VisitRequest request, List<FacilityClearanceGap> gaps, Locale locale,
                         com.vaadin.flow.component.Component translator) {
        return clearanceGaps(request, gaps, locale, translator, "visit.fsc.refused", "visit.fsc.refused.otherwise");
    }

    /** The same, with the refusal's own lead and way out (e.g. for lifting a suspension). */
    String clearanceGaps(VisitRequest request, List<FacilityClearanceGap> gaps, Locale locale,
                         com.vaadin.flow.component.Component translator, String leadKey, String otherwiseKey) {
        String reasons = gaps.stream().map(gap -> {
            String facility = facility(gap.facilityId(), locale);
            String key = "visit.fsc.gap." + gap.kind().name();
            // a level of the facility's own party, next to its equivalent of the other party
            String otherParty = gap.host() ? request.getSendingParty() : request.getHostParty();
            return switch (gap.kind()) {
                case NOT_REGISTERED -> translator.getTranslation(key, facility);
                case NOT_VALID -> translator.getTranslation(key, facility,
                        translator.getTranslation("fsc.status." + (gap.status() == null ? "NONE" : gap.status().name())));
                case EXPIRES_TOO_EARLY -> translator.getTranslation(key, facility, date(gap.expiresOn(), locale),
                        date(gap.neededUntil(), locale));
                case LEVEL_TOO_LOW -> translator.getTranslation(key, facility, gap.levelId() == null
                                ? translator.getTranslation("facility.noLevel")
                                : marking.format(agreements.currentId(), gap.levelId(), otherParty, locale),
                        gap.requiredLevelId() == null ? translator.getTranslation("marking.noEquivalent")
                                : marking.format(agreements.currentId(), gap.requiredLevelId(), otherParty, locale));
            };
        }).collect(java.util.stream.Collectors.joining(sentenceGap(locale)));
        return translator.getTranslation(leadKey) + sentenceGap(locale) + reasons + sentenceGap(locale)
                + translator.getTranslation(otherwiseKey);
    }

    /** Japanese sentences follow each other without a space. */
    private static String sentenceGap(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? "" : " ";
    }

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

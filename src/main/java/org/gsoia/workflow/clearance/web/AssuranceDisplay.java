package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.Locale;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceStatus;
import org.gsoia.workflow.clearance.ClearanceProcedure;
import org.gsoia.workflow.language.Dates;

/** How the assurance screens show a request's parts: names, levels in dual marking, dates and the status badge. */
@SpringComponent
class AssuranceDisplay {

    static final String LIST_ROUTE = "assurance-requests";

    private final FacilityRegister facilities;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final org.gsoia.workflow.agreement.EquivalenceService equivalences;

    AssuranceDisplay(FacilityRegister facilities, OrganisationDirectory organisations, DualMarkingFormatter marking,
                     Agreements agreements, org.gsoia.workflow.agreement.EquivalenceService equivalences) {
        this.equivalences = equivalences;
        this.facilities = facilities;
        this.organisations = organisations;
        this.marking = marking;
        this.agreements = agreements;
    }

    static String page(String reference) {
        return ClearanceProcedure.DESCRIPTION.page(reference);
    }

    static String taskLabelKey(String taskKey) {
        return ClearanceProcedure.DESCRIPTION.taskLabelKey(taskKey);
    }

    String facility(String facilityId, Locale locale) {
        return facilities.find(facilityId).map(f -> f.displayName(locale)).orElse(facilityId);
    }

    /** The facility with its organisation and city, as the other party knows it. */
    String facilityWithOwner(String facilityId, Locale locale) {
        return facilities.find(facilityId).map(f -> f.displayName(locale) + " · "
                + organisations.displayName(f.organisationId(), locale) + " · " + f.city()).orElse(facilityId);
    }

    String authority(String organisationId, Locale locale) {
        return organisationId == null ? "" : organisations.displayName(organisationId, locale);
    }

    String party(String partyCode, Locale locale) {
        return organisations.partyName(partyCode, locale);
    }

    /** A level of {@code party}'s scale, next to its equivalent of the other party. */
    String level(String levelId, String party, Locale locale) {
        return levelId == null ? "–" : marking.format(agreements.currentId(), levelId, agreements.otherParty(party),
                locale);
    }

    /** A level in its own party's scale, next to its equivalent of the other party; "–" for none. */
    String levelOfItsParty(String levelId, Locale locale) {
        return levelId == null ? "–" : level(levelId, equivalences.level(levelId).getPartyCode(), locale);
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "–" : Dates.format(date, locale);
    }

    static Span statusBadge(AssuranceStatus status, Component translator) {
        Span badge = new Span(translator.getTranslation("assurance.status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case CLOSED -> "badge success";
            case WITHDRAWN -> "badge contrast";
            case REPLIED -> "badge success";
            default -> "badge";
        });
        return badge;
    }

    /** Whether the reader works for the authority that filed the request (else for the one that answers it). */
    static boolean outgoing(AssuranceRequest request, String authorityId) {
        return request.getRequestingAuthorityId().equals(authorityId);
    }
}

package org.gsoia.workflow.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and parties by id, with names in the reader's language. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final OrganisationRepository organisations;
    private final PartyRepository parties;
    private final MessageSource messages;

    OrganisationDirectory(OrganisationRepository organisations, PartyRepository parties, MessageSource messages) {
        this.organisations = organisations;
        this.parties = parties;
        this.messages = messages;
    }

    public Optional<OrganisationSummary> find(String organisationId) {
        return organisations.findById(organisationId).map(OrganisationSummary::of);
    }

    public List<OrganisationSummary> ofParty(String partyCode) {
        return organisations.findByPartyCodeOrderByNameEn(partyCode).stream().map(OrganisationSummary::of).toList();
    }

    public String displayName(String organisationId, Locale locale) {
        return find(organisationId).map(o -> o.displayName(locale)).orElse(organisationId);
    }

    /**
     * A party's name in the reader's language (translation key {@code party.<code>}); a party without a
     * translation shows its English name from the {@code party} table.
     */
    public String partyName(String partyCode, Locale locale) {
        String english = parties.findById(partyCode).map(Party::getNameEn).orElse(partyCode);
        return messages.getMessage("party." + partyCode, null, english, locale);
    }
}

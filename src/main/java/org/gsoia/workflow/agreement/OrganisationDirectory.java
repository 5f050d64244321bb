package org.gsoia.workflow.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and parties by id, with names in the reader's language. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final OrganisationRepository organisations;
    private final PartyRepository parties;

    OrganisationDirectory(OrganisationRepository organisations, PartyRepository parties) {
        this.organisations = organisations;
        this.parties = parties;
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

    /** A party's name: native for its own language's readers, English otherwise. */
    public String partyName(String partyCode, Locale locale) {
        return parties.findById(partyCode)
                .map(p -> p.getLanguage().getLanguage().equals(locale.getLanguage()) ? p.getNameNative() : p.getNameEn())
                .orElse(partyCode);
    }
}

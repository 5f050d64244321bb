package org.gsoia.workflow.agreement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of facilities and their clearances. A plain register for now; the facility-clearance
 * procedure will keep it up to date.
 */
@Service
@Transactional(readOnly = true)
public class FacilityRegister {

    private final FacilityRepository facilities;
    private final Agreements agreement;
    private final Clock clock;
    private final int attentionDays;

    FacilityRegister(FacilityRepository facilities, Agreements agreement, Clock clock,
                     @Value("${gsoia.fsc.attention-days:90}") int attentionDays) {
        this.facilities = facilities;
        this.agreement = agreement;
        this.clock = clock;
        this.attentionDays = attentionDays;
    }

    /** Clearances expiring within this many days need attention now (configuration). */
    public int attentionDays() {
        return attentionDays;
    }

    /** The facility's clearance as a badge: its colour follows its state, its words say why. */
    public Span badge(FacilityEntry facility, Component translator, Locale locale) {
        return FscBadge.of(facility, LocalDate.now(clock), attentionDays, translator, locale);
    }

    /** Not valid, or expiring within {@link #attentionDays()} from today. */
    public boolean needsAttention(FacilityEntry facility) {
        return facility.needsAttention(LocalDate.now(clock), attentionDays);
    }

    public List<FacilityEntry> all() {
        return facilities.findAll().stream().map(FacilityEntry::of)
                .sorted(Comparator.comparing(FacilityEntry::partyCode).thenComparing(FacilityEntry::name))
                .toList();
    }

    public Optional<FacilityEntry> find(String facilityId) {
        return facilityId == null ? Optional.empty() : facilities.findById(facilityId).map(FacilityEntry::of);
    }

    public List<FacilityEntry> ofOrganisation(String organisationId) {
        return facilities.findByOrganisationIdOrderById(organisationId).stream().map(FacilityEntry::of).toList();
    }

    /** Per party of the agreement: how many facilities, how many valid, how many need attention. */
    public List<FscSummary> summaryByParty() {
        List<FacilityEntry> all = all();
        return agreement.parties().stream().map(party -> {
            List<FacilityEntry> ofParty = all.stream().filter(f -> f.partyCode().equals(party)).toList();
            long valid = ofParty.stream().filter(f -> f.fscStatus() == FscStatus.VALID).count();
            long attention = ofParty.stream().filter(f -> needsAttention(f)).count();
            return new FscSummary(party, ofParty.size(), valid, attention);
        }).toList();
    }
}

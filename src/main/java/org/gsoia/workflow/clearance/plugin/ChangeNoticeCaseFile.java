package org.gsoia.workflow.clearance.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFileContent.Entry;
import org.gsoia.workflow.casefile.CaseFileContent.Fact;
import org.gsoia.workflow.casefile.CaseFileContent.Section;
import org.gsoia.workflow.casefile.CaseFileSource;
import org.gsoia.workflow.clearance.ChangeNotice;
import org.gsoia.workflow.clearance.ChangeNoticeProcedure;
import org.gsoia.workflow.clearance.ChangeNotices;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Change notices in the case file: the two authorities' industrial-security officers; administrators read only. */
@Component
class ChangeNoticeCaseFile implements CaseFileSource {

    private final ChangeNotices notices;
    private final FacilityRegister facilities;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final UserDirectory users;
    private final MessageSource messages;
    private final EquivalenceService equivalences;

    ChangeNoticeCaseFile(ChangeNotices notices, FacilityRegister facilities, OrganisationDirectory organisations,
                         DualMarkingFormatter marking, Agreements agreements, UserDirectory users,
                         MessageSource messages, EquivalenceService equivalences) {
        this.equivalences = equivalences;
        this.notices = notices;
        this.facilities = facilities;
        this.organisations = organisations;
        this.marking = marking;
        this.agreements = agreements;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public Procedure procedure() {
        return ChangeNoticeProcedure.DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isVisibleTo(String reference, String userId) {
        return find(reference, userId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayContribute(String reference, String userId) {
        return notices.find(reference, userId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFileContent> open(String reference, String userId, Locale locale) {
        return find(reference, userId).map(notice -> content(notice, locale));
    }

    private Optional<ChangeNotice> find(String reference, String userId) {
        if (users.find(userId).map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            return notices.byReference(reference);
        }
        return notices.find(reference, userId);
    }

    private CaseFileContent content(ChangeNotice n, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("notice.facility", facilities.find(n.getFacilityId()).map(f -> f.displayName(locale))
                .orElse(n.getFacilityId()), locale));
        facts.add(fact("notice.change", text("notice.changedTo." + n.getChangedTo(), locale), locale));
        facts.add(fact("notice.levels", level(n.getLevelBeforeId(), locale) + " → " + level(n.getLevelAfterId(),
                locale), locale));
        facts.add(fact("notice.changedOn", Dates.format(n.getChangedAt().toLocalDate(), locale), locale));
        facts.add(fact("notice.from", organisations.displayName(n.getNotifyingAuthorityId(), locale), locale));
        return new CaseFileContent(n.getReference(), text(n.getNotedAt() == null ? "notice.status.open"
                : "notice.status.noted", locale), n.getNotedAt() != null, level(n.getLevelBeforeId(), locale),
                List.of(), List.of(new Section(text("notice.title", locale), List.of(new Entry("", facts)))));
    }

    private String level(String levelId, Locale locale) {
        return levelId == null ? "–" : marking.format(agreements.currentId(), levelId,
                agreements.otherParty(equivalences.level(levelId).getPartyCode()), locale);
    }

    private Fact fact(String labelKey, String value, Locale locale) {
        return new Fact(text(labelKey, locale), value == null ? "" : value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

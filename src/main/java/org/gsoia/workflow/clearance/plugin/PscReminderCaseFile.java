package org.gsoia.workflow.clearance.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFileContent.Entry;
import org.gsoia.workflow.casefile.CaseFileContent.Fact;
import org.gsoia.workflow.casefile.CaseFileContent.Section;
import org.gsoia.workflow.casefile.CaseFileSource;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PscReminder;
import org.gsoia.workflow.clearance.PscReminderProcedure;
import org.gsoia.workflow.clearance.PscReminders;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.Procedure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Expiry reminders in the case file, for the facility's people and the person's party's authorities. */
@Component
class PscReminderCaseFile implements CaseFileSource {

    private final PscReminders reminders;
    private final FacilityRegister facilities;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final MessageSource messages;

    PscReminderCaseFile(PscReminders reminders, FacilityRegister facilities, DualMarkingFormatter marking,
                        Agreements agreements, MessageSource messages) {
        this.reminders = reminders;
        this.facilities = facilities;
        this.marking = marking;
        this.agreements = agreements;
        this.messages = messages;
    }

    @Override
    public Procedure procedure() {
        return PscReminderProcedure.DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFileContent> open(String reference, String userId, Locale locale) {
        return reminders.find(reference, userId).map(reminder -> content(reminder, locale));
    }

    private CaseFileContent content(PscReminder r, Locale locale) {
        PersonnelClearance c = reminders.clearanceOf(r);
        String level = marking.format(agreements.currentId(), c.getLevelId(), agreements.otherParty(c.getPartyCode()),
                locale);
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("psc.person", c.getNamePassport() + " / " + c.getNameNative(), locale));
        facts.add(fact("psc.facility", facilities.find(c.getFacilityId()).map(f -> f.displayName(locale))
                .orElse(c.getFacilityId()), locale));
        facts.add(fact("psc.clearance", text("psc.scheme." + c.getScheme(), locale) + " · " + level, locale));
        facts.add(fact("psc.expiresOn", Dates.format(r.getExpiresOn(), locale), locale));
        if (r.getOutcome() != null) {
            facts.add(fact("reminder.outcome", text("reminder.outcome." + r.getOutcome().name(), locale), locale));
        }
        return new CaseFileContent(r.getReference(), text(r.getOutcome() == null ? "reminder.status.open"
                : "reminder.status.done", locale), r.getOutcome() != null, level, List.of(),
                List.of(new Section(text("reminder.title", locale), List.of(new Entry("", facts)))));
    }

    private Fact fact(String labelKey, String value, Locale locale) {
        return new Fact(text(labelKey, locale), value == null ? "" : value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package org.gsoia.workflow.breach.plugin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.EquivalenceService;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachEntry;
import org.gsoia.workflow.breach.BreachEscalation;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachProcedure;
import org.gsoia.workflow.breach.CorrectiveAction;
import org.gsoia.workflow.breach.PersonInvolved;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFileContent.Entry;
import org.gsoia.workflow.casefile.CaseFileContent.Fact;
import org.gsoia.workflow.casefile.CaseFileContent.Section;
import org.gsoia.workflow.casefile.CaseFileSource;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.Procedure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breach cases in the case file: the initial notice's dataset with every item in dual marking, the chain's moments
 * against their targets in the reader's zone, the history, the investigation, damage assessment and final report.
 * The originating party never reads the persons involved.
 */
@Component
class BreachCaseFile implements CaseFileSource {

    private final BreachCases cases;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter markings;
    private final EquivalenceService levels;
    private final People people;
    private final MessageSource messages;

    BreachCaseFile(BreachCases cases, OrganisationDirectory organisations, DualMarkingFormatter markings,
                   EquivalenceService levels, People people, MessageSource messages) {
        this.cases = cases;
        this.organisations = organisations;
        this.markings = markings;
        this.levels = levels;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public Procedure procedure() {
        return BreachProcedure.DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFileContent> open(String reference, String userId, Locale locale) {
        return cases.find(reference, userId).map(breach -> content(breach,
                cases.sideOf(breach, userId).orElseThrow(), people.zoneOf(userId), locale));
    }

    private CaseFileContent content(BreachCase b, BreachCases.Side side, ZoneId zone, Locale locale) {
        List<Section> sections = new ArrayList<>();
        List<Fact> notice = new ArrayList<>();
        notice.add(fact("breach.eventType", text("breach.eventType." + b.getEventType().name(), locale), locale));
        notice.add(fact("breach.classification", text("breach.classification." + b.getClassification().name(),
                locale), locale));
        notice.add(fact("breach.organisation", organisations.displayName(b.getOrganisationId(), locale), locale));
        notice.add(fact("breach.location", b.getLocation(), locale));
        notice.add(fact("breach.discoveredAt", Dates.formatDateTimeWithZone(b.discovery().toInstant(),
                b.discovery().getZone(), locale), locale));
        b.occurrence().ifPresent(o -> notice.add(fact("breach.occurredAt",
                Dates.formatDateTimeWithZone(o.toInstant(), o.getZone(), locale), locale)));
        notice.add(fact("breach.circumstances", b.getCircumstances(), locale));
        notice.add(fact("breach.unauthorisedRecipients", b.getUnauthorisedRecipients(), locale));
        notice.add(fact("breach.containment", b.getContainment(), locale));
        notice.add(fact("breach.pointOfContact", b.getPointOfContact(), locale));
        notice.add(fact("breach.reportingAuthority", organisations.displayName(b.getAuthorityId(), locale), locale));
        sections.add(new Section(text("breach.notice", locale), List.of(new Entry("", notice))));

        List<Entry> items = new ArrayList<>();
        for (BreachItem item : b.getItems()) {
            items.add(new Entry(item.getRegistryNumber(), List.of(
                    fact("breach.item.marking", markings.format(b.getAgreementId(), item.getLevelId(),
                            b.getReceivingParty(), locale), locale),
                    fact("breach.item.originator", item.getOriginator(), locale),
                    fact("breach.item.title", item.getTitle(), locale),
                    fact("breach.item.date", Dates.format(item.getItemDate(), locale), locale),
                    fact("breach.item.copy", item.getCopyNumber(), locale),
                    fact("breach.item.medium", text("breach.medium." + item.getMedium().name(), locale), locale))));
        }
        sections.add(new Section(text("breach.items", locale), items));

        List<Fact> chain = new ArrayList<>();
        chain.add(step("breach.chain.officer", b.getOfficerDueAt(), b.getOpenedAt() == null ? null
                : b.getOpenedAt().toInstant(), zone, locale));
        chain.add(step("breach.chain.authority", b.getAuthorityDueAt(), b.getOpenedAt() == null ? null
                : b.getOpenedAt().toInstant(), zone, locale));
        b.getOriginatorDueAt().ifPresent(due -> chain.add(step("breach.chain.originator", due,
                b.getNotifiedAt() == null ? null : b.getNotifiedAt().toInstant(), zone, locale)));
        for (BreachEscalation e : b.getEscalations()) {
            chain.add(new Fact(text("breach.escalation." + e.getStep().name(), locale),
                    Dates.formatDateTimeWithZone(e.getEscalatedAt(), zone, locale) + " → "
                            + (e.toGroup() ? people.groupName(e.getEscalatedTo(), locale)
                            : people.nameAndOrganisation(e.getEscalatedTo(), locale))));
        }
        sections.add(new Section(text("breach.chain", locale), List.of(new Entry("", chain))));

        List<Entry> history = new ArrayList<>();
        for (BreachEntry entry : b.getEntries()) {
            String heading = Dates.formatDateTimeWithZone(entry.getRecordedAt().toInstant(), zone, locale) + " · "
                    + switch (entry.getKind()) {
                        case CLASSIFIED -> text("breach.classification." + entry.getClassification().name(), locale);
                        case INTERIM_REPORT -> text("breach.interimReport", locale);
                        case CLEARANCE_REVIEW -> messages.getMessage("breach.reviewOf", new Object[]{entry.getSubject()},
                                locale);
                    };
            List<Fact> facts = new ArrayList<>();
            facts.add(fact(entry.getKind() == BreachEntry.Kind.CLASSIFIED ? "breach.classification.reason"
                    : "breach.interim.status", entry.getText(), locale));
            if (entry.getOutcome() != null) {
                facts.add(fact("breach.reviewOutcome", entry.getOutcome(), locale));
            }
            if (entry.getNextSteps() != null) {
                facts.add(fact("breach.interim.nextSteps", entry.getNextSteps(), locale));
            }
            history.add(new Entry(heading, facts));
        }
        if (!history.isEmpty()) {
            sections.add(new Section(text("breach.history", locale), history));
        }
        if (b.getAssessment() != null && side != BreachCases.Side.ORIGINATOR) {
            sections.add(new Section(text("breach.assessment", locale), List.of(new Entry("",
                    List.of(fact("breach.assessment", b.getAssessment(), locale))))));
        }
        if (side != BreachCases.Side.ORIGINATOR && !b.getPersons().isEmpty()) {
            List<Entry> persons = new ArrayList<>();
            for (PersonInvolved p : b.getPersons()) {
                persons.add(new Entry(p.getName(), List.of(fact("breach.person.function", p.getFunction(), locale),
                        fact("breach.person.reply", p.getReply() == null ? text("breach.person.noReply", locale)
                                : Dates.format(p.getRepliedOn(), locale) + ": " + p.getReply(), locale))));
            }
            sections.add(new Section(text("breach.persons", locale), persons));
        }
        if (b.getInvestigatedAt() != null) {
            List<Fact> facts = new ArrayList<>();
            facts.add(fact("breach.findings", b.getFindings(), locale));
            facts.add(fact("breach.cause", b.getCause(), locale));
            facts.add(fact("breach.likelihood", text("breach.likelihood." + b.getLikelihood().name(), locale),
                    locale));
            facts.add(fact("breach.referral", text("breach.referral." + b.getReferral().name(), locale)
                    + (b.getReferralTo() == null ? "" : ": " + b.getReferralTo()
                    + (b.getReferralReference() == null ? "" : " (" + b.getReferralReference() + ")")), locale));
            sections.add(new Section(text("breach.investigation", locale), List.of(new Entry("", facts))));
        }
        if (b.getDamageAssessment() != null) {
            sections.add(new Section(text("breach.damage", locale), List.of(new Entry(
                    people.nameAndOrganisation(b.getDamageBy(), locale),
                    List.of(fact("breach.damage", b.getDamageAssessment(), locale))))));
        }
        if (b.getFinalAt() != null) {
            List<Fact> facts = new ArrayList<>();
            facts.add(fact("breach.outcome", text("breach.outcome." + b.getOutcome().name(), locale), locale));
            facts.add(fact("breach.finalReport", b.getFinalReport(), locale));
            if (b.getReviewedAt() != null) {
                facts.add(fact("breach.review", (b.getAcceptedAt() != null ? text("breach.review.accepted", locale)
                        : text("breach.review.more", locale)) + (b.getReviewComment() == null ? ""
                        : ": " + b.getReviewComment()), locale));
            }
            List<Entry> entries = new ArrayList<>();
            entries.add(new Entry("", facts));
            for (CorrectiveAction a : b.getActions()) {
                entries.add(new Entry(a.getAction(), List.of(fact("breach.action.owner", a.getOwner(), locale),
                        fact("breach.action.dueOn", Dates.format(a.getDueOn(), locale), locale),
                        fact("breach.action.done", a.isDone() ? Dates.format(a.getDoneOn(), locale)
                                : text("breach.action.open", locale), locale))));
            }
            sections.add(new Section(text("breach.final", locale), entries));
        }
        String level = b.getItems().stream().max(Comparator.comparingInt(i -> levels.level(i.getLevelId()).getRank()))
                .map(i -> markings.format(b.getAgreementId(), i.getLevelId(), b.getReceivingParty(), locale))
                .orElse("");
        return new CaseFileContent(b.getReference(), text("breach.status." + b.getStatus().name(), locale),
                b.isClosed() && b.openActions() == 0, level, List.of(
                fact("breach.originatingParty", organisations.partyName(b.getOriginatingParty(), locale), locale)),
                sections);
    }

    private Fact step(String labelKey, Instant target, Instant done, ZoneId zone, Locale locale) {
        String value = messages.getMessage("breach.chain.target", new Object[]{
                Dates.formatDateTimeWithZone(target, zone, locale)}, locale)
                + (done == null ? "" : " · " + messages.getMessage(done.isAfter(target) ? "breach.chain.doneLate"
                : "breach.chain.doneInTime", new Object[]{Dates.formatDateTimeWithZone(done, zone, locale)}, locale));
        return new Fact(text(labelKey, locale), value);
    }

    private Fact fact(String labelKey, String value, Locale locale) {
        return new Fact(text(labelKey, locale), value == null ? "" : value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package org.gsoia.workflow.visit.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.casefile.CaseFileContent.Entry;
import org.gsoia.workflow.casefile.CaseFileContent.Fact;
import org.gsoia.workflow.casefile.CaseFileContent.Section;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFileSource;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserDirectory;
import org.gsoia.workflow.visit.VisitProcedure;
import org.gsoia.workflow.visit.VisitChecks;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.visit.VisitorData;
import org.gsoia.workflow.visit.letter.DecisionLetters;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit requests in the case file. Need-to-know is {@link VisitRequests#find}'s: the applicant's organisation, the
 * authorities of both parties and the host facility. Dates of birth and passport numbers stay with the
 * authorities, as on the request's own page.
 */
@Component
class VisitCaseFile implements CaseFileSource {

    /** Audit events whose details only officers of the authorities read. */
    private static final Set<String> AUTHORITY_ONLY_DETAILS = Set.of("VISIT_DECIDED", "VISIT_DECISION_CONFIRMED",
            "VISIT_DECISION_DISPUTED", "VISIT_ESCALATION_HANDLED", "VISIT_RENEWAL_CONSIDERED");

    private final VisitRequests visitRequests;
    private final FacilityRegister facilities;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final UserDirectory users;
    private final MessageSource messages;
    private final People people;
    private final VisitChecks checks;

    VisitCaseFile(VisitRequests visitRequests, FacilityRegister facilities, DualMarkingFormatter marking,
                  Agreements agreements, UserDirectory users, MessageSource messages, People people,
                  VisitChecks checks) {
        this.people = people;
        this.checks = checks;
        this.visitRequests = visitRequests;
        this.facilities = facilities;
        this.marking = marking;
        this.agreements = agreements;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public Procedure procedure() {
        return VisitProcedure.DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isVisibleTo(String reference, String userId) {
        return find(reference, userId).isPresent();
    }

    /** Administrators read case files but take no part in them: only need-to-know adds comments and attachments. */
    @Override
    @Transactional(readOnly = true)
    public boolean mayContribute(String reference, String userId) {
        return visitRequests.find(reference, userId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFileContent> open(String reference, String userId, Locale locale) {
        boolean authority = users.find(userId).map(u -> u.hasRole(Role.AUTHORITY)).orElse(false);
        // an administrator without need-to-know reads the case's metadata, not the people in it
        boolean metadataOnly = visitRequests.find(reference, userId).isEmpty();
        return find(reference, userId).map(request -> content(request, authority, metadataOnly, locale));
    }

    /**
     * Submission and decision events carry codes ("ONE_TIME", "APPROVE: reason"): in the reader's words. What the
     * authorities decided, confirmed, disputed or noted is theirs until the decision is out; the applicant and the
     * host facility read the final decision (and a return's reason) in the decision section.
     */
    @Override
    public String auditDetails(String action, String details, boolean authorityReader, Locale locale) {
        if (!authorityReader && AUTHORITY_ONLY_DETAILS.contains(action)) {
            return "";
        }
        String prefix = switch (action) {
            case "VISIT_SUBMITTED" -> "visit.type.";
            case "VISIT_DECIDED" -> "visit.decision.";
            default -> null;
        };
        if (prefix == null) {
            return details;
        }
        int colon = details.indexOf(':');
        String code = colon < 0 ? details : details.substring(0, colon);
        String translated = messages.getMessage(prefix + code, null, null, locale);
        // "APPROVE" without a reason is just "Approved", never "Approved:" with nothing after it
        String rest = colon < 0 ? "" : details.substring(colon + 1).strip();
        return translated == null ? details : rest.isEmpty() ? translated : translated + ": " + rest;
    }

    /**
     * The applicant's, authorities' and host facility's need-to-know as everywhere; administrators, who operate
     * the engine and see every case in Cockpit anyway, also read case files (read-only: they have no tasks).
     */
    private Optional<VisitRequest> find(String reference, String userId) {
        if (users.find(userId).map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            return visitRequests.byReference(reference);
        }
        return visitRequests.find(reference, userId);
    }

    private CaseFileContent content(VisitRequest r, boolean authority, boolean metadataOnly, Locale locale) {
        List<Fact> header = new ArrayList<>();
        // a due date only while it is one; afterwards when the decision came and whether on time
        if (r.getStatus().awaitsDecision() && r.getDecisionDueDate() != null) {
            header.add(fact("visit.decisionDue", Dates.format(r.getDecisionDueDate(), locale), locale));
        }
        checks.decisionTiming(r).ifPresent(timing -> header.add(fact("visit.decidedOn", timing.workingDaysLate() == 0
                ? messages.getMessage("visit.decided.onTime", new Object[] {Dates.format(timing.decidedOn(), locale)}, locale)
                : messages.getMessage("visit.decided.late", new Object[] {Dates.format(timing.decidedOn(), locale),
                        timing.workingDaysLate(), Dates.format(timing.due(), locale)}, locale), locale)));
        if (r.getValidUntil() != null) {
            header.add(fact("visit.validUntil", Dates.format(r.getValidUntil(), locale), locale));
        }
        if (r.getClearanceChangedAt() != null) {
            boolean person = r.getClearanceChangedPerson() != null;
            header.add(new Fact(text("visit.clearanceChange", locale), messages.getMessage(person
                    ? "visit.clearanceChange.personText" : "visit.clearanceChange.text",
                    new Object[] {person ? r.getClearanceChangedPerson()
                            : facilityName(r.getClearanceChangedFacilityId(), locale),
                            text("visit.clearanceChange." + r.getClearanceChangedTo(), locale),
                            Dates.format(r.getClearanceChangedAt().toLocalDate(), locale)}, locale)));
        }
        if (r.isEscalated() && !r.getStatus().isFinal() && r.getStatus() != VisitStatus.APPROVED) {
            header.add(new Fact(text("visit.escalated.short", locale), text("visit.escalated.warning", locale)));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(text("casefile.visit.request", locale), List.of(new Entry("", requestFacts(r, locale)))));
        // a first decision awaiting its second officer is the authorities' business; the others read it once it is out
        boolean decisionShown = r.getDecision().isPresent() && (authority || DecisionLetters.isAvailable(r));
        if (decisionShown || r.getReturnReason() != null) {
            sections.add(new Section(text("visit.decision", locale),
                    List.of(new Entry("", decisionFacts(r, decisionShown, locale)))));
        }
        VisitRequestData data = r.toData();
        // site names, addresses and job titles are the applicant's words, in the applicant's language
        sections.add(new Section(written(text("visit.sites", locale), data.textLanguage(), locale), data.sites().stream()
                .map(s -> new Entry(s.name(), List.of(
                        new Fact(text("visit.site.address", locale), s.address()),
                        new Fact(text("visit.site.contactName", locale), metadataOnly
                                ? text("casefile.personalData.contactWithheld", locale)
                                : s.contactName() + ", " + s.contactPhone() + ", " + s.contactEmail()))))
                .toList()));
        if (metadataOnly) {
            sections.add(new Section(text("visit.visitors", locale), List.of(new Entry("", List.of(new Fact(
                    text("casefile.personalData", locale), messages.getMessage("casefile.personalData.withheld",
                            new Object[] {data.visitors().size()}, locale)))))));
        } else {
            sections.add(new Section(written(text("visit.visitors", locale), data.textLanguage(), locale),
                    data.visitors().stream().map(v -> visitor(r, v, authority, locale)).toList()));
        }
        return new CaseFileContent(r.getReference(), text("visit.status." + r.getStatus().name(), locale),
                r.getStatus().isFinal(), levelMarking(r.getLevelId(), r.getSendingParty(), locale), header, sections);
    }

    private List<Fact> requestFacts(VisitRequest r, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("visit.type", text("visit.type." + r.getType().name(), locale), locale));
        facts.add(fact("visit.direction", r.getSendingParty() + " → " + r.getHostParty(), locale));
        facts.add(fact("visit.requestingFacility", facilityName(r.getRequestingFacilityId(), locale), locale));
        facts.add(fact("visit.hostFacility", facilityName(r.getHostFacilityId(), locale), locale));
        facts.add(fact("visit.dates", Dates.format(r.getStartDate(), locale) + " – " + Dates.format(r.getEndDate(), locale), locale));
        facts.add(fact("visit.purpose", written(r.getPurpose(), r.getTextLanguage(), locale), locale));
        if (r.getProgrammeReference() != null) {
            facts.add(fact("visit.programmeReference", r.getProgrammeReference(), locale));
        }
        facts.add(fact("visit.handCarry", text(r.isHandCarry() ? "common.yes" : "common.no", locale), locale));
        if (r.getEmergencyJustification() != null) {
            facts.add(fact("visit.emergencyJustification", r.getEmergencyJustification(), locale));
            facts.add(fact("visit.priorCoordinationNote", r.getPriorCoordinationNote(), locale));
        }
        return facts;
    }

    private List<Fact> decisionFacts(VisitRequest r, boolean decisionShown, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        if (r.getReturnReason() != null) {
            facts.add(fact("visit.task.returnReason", written(r.getReturnReason(), r.getReturnLanguage(), locale),
                    locale));
        }
        if (!decisionShown) {
            return facts;
        }
        r.getDecision().ifPresent(d -> facts.add(fact("visit.decision", text("visit.decision." + d.name(), locale), locale)));
        if (r.getReleasableLevelId() != null) {
            facts.add(fact("visit.releasableLevel", levelMarking(r.getReleasableLevelId(), r.getSendingParty(), locale), locale));
        }
        if (r.getConditions() != null) {
            facts.add(fact("visit.conditions", written(r.getConditions(), r.getDecisionLanguage(), locale), locale));
        }
        if (r.getReasonCode() != null) {
            facts.add(fact("visit.reasonCode", text("visit.reason." + r.getReasonCode().name(), locale), locale));
        }
        if (r.getReason() != null) {
            facts.add(fact("visit.reason", written(r.getReason(), r.getDecisionLanguage(), locale), locale));
        }
        if (r.getDecidedBy() != null) {
            facts.add(fact("visit.decidedBy", people.nameAndOrganisation(r.getDecidedBy(), locale)
                    + (r.getConfirmedBy() == null ? "" : " / " + people.nameAndOrganisation(r.getConfirmedBy(), locale)),
                    locale));
        }
        return facts;
    }

    private Entry visitor(VisitRequest r, VisitorData v, boolean authority, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("visit.visitor.nationality", v.nationality(), locale));
        if (authority) {
            facts.add(fact("visit.visitor.dateOfBirth", Dates.format(v.dateOfBirth(), locale) + ", " + v.placeOfBirth(), locale));
            facts.add(fact("visit.visitor.passportNumber", v.passportNumber(), locale));
        }
        facts.add(fact("visit.visitor.jobTitle", v.jobTitle() + ", " + v.employer(), locale));
        facts.add(fact("visit.visitor.clearanceLevel", levelMarking(v.clearanceLevelId(), r.getSendingParty(), locale)
                + " · " + messages.getMessage("visit.visitor.until", new Object[] {Dates.format(v.clearanceExpiresOn(), locale)}, locale),
                locale));
        facts.add(fact("visit.visitor.clearanceIssuedBy", v.clearanceIssuedBy(), locale));
        return new Entry(v.displayName(), facts);
    }

    private String levelMarking(String levelId, String sendingParty, Locale locale) {
        return marking.format(agreements.currentId(), levelId, agreements.otherParty(sendingParty), locale);
    }

    private String facilityName(String id, Locale locale) {
        return facilities.find(id).map(f -> f.displayName(locale)).orElse(id);
    }

    /** A free text with the language it was written in, unless that is the reader's. */
    private String written(String text, String languageTag, Locale locale) {
        if (text == null || languageTag == null) {
            return text;
        }
        Locale written = Locale.forLanguageTag(languageTag);
        return written.getLanguage().equals(locale.getLanguage()) ? text
                : text + " " + messages.getMessage("text.writtenIn", new Object[] {written.getDisplayLanguage(locale)},
                locale);
    }

    private Fact fact(String labelKey, String value, Locale locale) {
        return new Fact(text(labelKey, locale), value == null ? "" : value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

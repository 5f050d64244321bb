package org.gsoia.workflow.clearance.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.casefile.CaseFileContent;
import org.gsoia.workflow.casefile.CaseFileContent.Entry;
import org.gsoia.workflow.casefile.CaseFileContent.Fact;
import org.gsoia.workflow.casefile.CaseFileContent.Section;
import org.gsoia.workflow.casefile.CaseFileSource;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.clearance.ClearanceProcedure;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.Procedure;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assurance requests in the case file. Need-to-know is {@link AssuranceRequests#find}'s: the two authorities the
 * request is between; administrators read it without taking part.
 */
@Component
class AssuranceCaseFile implements CaseFileSource {

    private final AssuranceRequests requests;
    private final FacilityRegister facilities;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final UserDirectory users;
    private final MessageSource messages;

    AssuranceCaseFile(AssuranceRequests requests, FacilityRegister facilities, OrganisationDirectory organisations,
                      DualMarkingFormatter marking, Agreements agreements, UserDirectory users,
                      MessageSource messages) {
        this.requests = requests;
        this.facilities = facilities;
        this.organisations = organisations;
        this.marking = marking;
        this.agreements = agreements;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public Procedure procedure() {
        return ClearanceProcedure.DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isVisibleTo(String reference, String userId) {
        return find(reference, userId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayContribute(String reference, String userId) {
        return requests.find(reference, userId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFileContent> open(String reference, String userId, Locale locale) {
        return find(reference, userId).map(request -> content(request, locale));
    }

    @Override
    public String auditDetails(String action, String details, boolean authorityReader, Locale locale) {
        if (details == null) {
            return null;
        }
        return switch (action) {
            case "FSC_ASSURANCE_REPLIED" -> text("assurance.replyStatus." + details, locale);
            case "FSC_NATIONAL_CLEARANCE_DECIDED" -> text("assurance.clearanceDecision." + details, locale);
            case "FSC_ASSURANCE_STATUS_UPDATE" -> text(ClearanceProcedure.DESCRIPTION.taskLabelKey(details), locale);
            case "FSC_ASSURANCE_FILED" -> facilities.find(details).map(f -> f.displayName(locale)).orElse(details);
            default -> details;
        };
    }

    private Optional<AssuranceRequest> find(String reference, String userId) {
        if (users.find(userId).map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            return requests.byReference(reference);
        }
        return requests.find(reference, userId);
    }

    private CaseFileContent content(AssuranceRequest r, Locale locale) {
        List<Fact> header = new ArrayList<>();
        if (r.getFirstRepliedAt() == null && !r.getStatus().isFinal()) {
            header.add(fact("assurance.replyDue", Dates.format(r.getReplyDueOn(), locale), locale));
        }
        if (r.isReplyOverdue()) {
            header.add(new Fact(text("assurance.overdue.short", locale),
                    text("assurance.overdue.short.text", locale)));
        }
        List<Fact> request = new ArrayList<>();
        request.add(fact("assurance.between", organisations.displayName(r.getRequestingAuthorityId(), locale) + " → "
                + organisations.displayName(r.getReceivingAuthorityId(), locale), locale));
        request.add(fact("assurance.facility", facilities.find(r.getFacilityId()).map(f -> f.displayName(locale))
                .orElse(r.getFacilityId()), locale));
        request.add(fact("assurance.contractingEntity", r.getContractingEntity(), locale));
        request.add(fact("assurance.reason", text("assurance.reason." + r.getReason().name(), locale), locale));
        request.add(fact("assurance.sponsorshipRequested",
                text(r.isSponsorshipRequested() ? "common.yes" : "common.no", locale), locale));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(text("assurance.request", locale), List.of(new Entry("", request))));
        r.getReplyStatus().ifPresent(status -> {
            List<Fact> reply = new ArrayList<>();
            reply.add(fact("assurance.reply.status", text("assurance.replyStatus." + status.name(), locale), locale));
            if (r.getReplyLevelId() != null) {
                reply.add(fact("assurance.reply.level", level(r.getReplyLevelId(), r.getReceivingParty(), locale),
                        locale));
            }
            if (r.getReplyExpiresOn() != null) {
                reply.add(fact("assurance.reply.expiresOn", Dates.format(r.getReplyExpiresOn(), locale), locale));
            }
            // only a final reply is measured against the request, as on the request's page
            requests.replyCovers(r).filter(covers -> r.isReplyFinal()).ifPresent(covers -> reply.add(fact(
                    "assurance.reply.verdict",
                    text(covers ? "assurance.reply.covers" : "assurance.reply.doesNotCover", locale), locale)));
            sections.add(new Section(text(r.isReplyFinal() ? "assurance.reply.final" : "assurance.reply.interim",
                    locale), List.of(new Entry("", reply))));
        });
        return new CaseFileContent(r.getReference(), text("assurance.status." + r.getStatus().name(), locale),
                r.getStatus().isFinal(), level(r.getRequiredLevelId(), r.getRequestingParty(), locale), header,
                sections);
    }

    private String level(String levelId, String party, Locale locale) {
        return marking.format(agreements.currentId(), levelId, agreements.otherParty(party), locale);
    }

    private Fact fact(String labelKey, String value, Locale locale) {
        return new Fact(text(labelKey, locale), value == null ? "" : value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

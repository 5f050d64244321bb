package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.clearance.AssuranceRequest;
import org.gsoia.workflow.clearance.AssuranceRequestChangedException;
import org.gsoia.workflow.clearance.AssuranceRequestClosedException;
import org.gsoia.workflow.clearance.AssuranceRequests;
import org.gsoia.workflow.clearance.AssuranceStatus;
import org.gsoia.workflow.clearance.AssuranceTasks;
import org.gsoia.workflow.clearance.AssuranceUpdate;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.web.WrittenText;
import org.gsoia.workflow.web.Facts;

/**
 * One assurance request for the two authorities it is between: the request, the reply (and whether it covers what
 * was asked), the national clearance with its status updates, and the user's task on it with its form. The
 * requesting authority can withdraw the request while it is open.
 */
@Route(AssuranceDisplay.LIST_ROUTE + "/:reference")
@RolesAllowed(Role.AUTHORITY_ROLE)
class AssuranceRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssuranceRequests requests;
    private final AssuranceTasks tasks;
    private final FacilityClearances clearances;
    private final AssuranceDisplay display;
    private final People people;
    private final String userId;
    private String reference = "";
    private boolean fromInbox;
    private String taskId;

    AssuranceRequestView(AssuranceRequests requests, AssuranceTasks tasks, FacilityClearances clearances,
                         AssuranceDisplay display, People people, CurrentUser currentUser) {
        this.requests = requests;
        this.tasks = tasks;
        this.clearances = clearances;
        this.display = display;
        this.people = people;
        this.userId = currentUser.userId().orElseThrow();
        addClassName("gsoia-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        fromInbox = event.getLocation().getQueryParameters().getSingleParameter("from").filter("inbox"::equals)
                .isPresent();
        taskId = event.getLocation().getQueryParameters().getSingleParameter("task").orElse(null);
        AssuranceRequest request = requests.find(reference, userId).orElse(null);
        if (request == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(request);
    }

    private void render(AssuranceRequest request) {
        removeAll();
        Locale locale = getLocale();
        Anchor back = new Anchor(AssuranceDisplay.LIST_ROUTE, getTranslation("assurance.backToList"));
        Anchor caseFile = new Anchor("cases/" + request.getReference(), getTranslation("casefile.link"));
        caseFile.setId("open-case-file");
        Span status = AssuranceDisplay.statusBadge(request.getStatus(), this);
        status.setId("assurance-status");
        HorizontalLayout title = new HorizontalLayout(new H2(request.getReference()), status, caseFile);
        title.setAlignItems(Alignment.CENTER);
        title.addClassName("gsoia-wrap");
        add(back, title);
        if (request.isReplyOverdue() && request.getFirstRepliedAt() == null && !request.getStatus().isFinal()) {
            Paragraph warning = new Paragraph(request.getEscalatedAt() == null
                    ? getTranslation("assurance.overdue.warning", AssuranceDisplay.date(request.getReplyDueOn(), locale))
                    : getTranslation("assurance.overdue.escalated", AssuranceDisplay.date(request.getReplyDueOn(),
                    locale), AssuranceDisplay.date(request.getEscalatedAt().toLocalDate(), locale)));
            warning.setId("assurance-overdue");
            warning.addClassName("gsoia-warning");
            add(warning);
        }
        taskPanel(request);
        add(section("assurance.request"), requestFacts(request, locale));
        if (request.getReplyStatus().isPresent()) {
            add(section(request.isReplyFinal() ? "assurance.reply.final" : "assurance.reply.interim"),
                    replyFacts(request, locale));
        }
        if (request.getClearanceStartedAt() != null) {
            add(section("assurance.nationalClearance"), clearanceFacts(request, locale));
        }
        if (request.getEscalatedAt() != null || request.getClosedAt() != null) {
            add(section("assurance.course"), courseFacts(request, locale));
        }
        if (!request.getStatus().isFinal() && requests.isRequester(request, userId)) {
            add(withdrawal(request));
        }
    }

    /** One task at a time: the one the user came for, else the oldest of the user's tasks on this request. */
    private void taskPanel(AssuranceRequest request) {
        List<InboxRow> open = tasks.openTasksOf(request.getReference(), userId);
        InboxRow task = open.stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElse(open.isEmpty() ? null : open.get(0));
        if (task == null) {
            return;
        }
        AssuranceTaskPanel panel = new AssuranceTaskPanel(task, request, tasks, display, userId,
                clearances.clearance(request.getFacilityId(), userId).orElse(null),
                clearances.levelsOf(request.getReceivingParty()), completed -> {
                    Notification.show(getTranslation(completed ? "visit.task.done" : "visit.task.gone"), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(completed
                            ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
                    if (fromInbox) {
                        getUI().ifPresent(ui -> ui.navigate("inbox"));
                        return;
                    }
                    taskId = null;
                    requests.find(reference, userId).ifPresent(this::render);
                });
        panel.showSituation(tasks.situation(task, getLocale()), zone());
        add(panel);
        List<InboxRow> others = open.stream().filter(t -> t != task).toList();
        if (!others.isEmpty()) {
            Div links = new Div(new Span(getTranslation("task.alsoOpen")));
            links.setId("other-open-tasks");
            for (InboxRow other : others) {
                Anchor link = new Anchor(AssuranceDisplay.page(reference) + "?task=" + other.taskId()
                        + (fromInbox ? "&from=inbox" : ""), getTranslation(AssuranceDisplay.taskLabelKey(other.taskKey())));
                links.add(new Span(" "), link);
            }
            add(links);
        }
    }

    private Component requestFacts(AssuranceRequest r, Locale locale) {
        Facts facts = new Facts();
        facts.fact("assurance.between", display.authority(r.getRequestingAuthorityId(), locale) + " → "
                + display.authority(r.getReceivingAuthorityId(), locale));
        facts.fact("assurance.facility", display.facilityWithOwner(r.getFacilityId(), locale));
        facts.fact("assurance.contractingEntity", WrittenText.plain(r.getContractingEntity(), r.getTextLanguage(),
                locale, this));
        facts.fact("assurance.reason", getTranslation("assurance.reason." + r.getReason().name()));
        facts.fact("assurance.requiredLevel", display.level(r.getRequiredLevelId(), r.getRequestingParty(), locale));
        facts.fact("assurance.storageLevel", r.getStorageLevelId()
                .map(id -> display.level(id, r.getRequestingParty(), locale))
                .orElse(getTranslation("assurance.noStorage")));
        if (r.getContractReference() != null) {
            facts.fact("assurance.contractReference", r.getContractReference());
        }
        facts.fact("assurance.urgent", getTranslation(r.isUrgent() ? "common.yes" : "common.no"));
        facts.fact("assurance.sponsorshipRequested",
                getTranslation(r.isSponsorshipRequested() ? "common.yes" : "common.no"));
        facts.fact("assurance.filed", Dates.formatDateTime(r.getFiledAt().toInstant(), zone(), locale) + " · "
                + people.nameAndOrganisation(r.getRequestedBy(), locale));
        facts.fact("assurance.replyDue", AssuranceDisplay.date(r.getReplyDueOn(), locale));
        return facts;
    }

    private Component replyFacts(AssuranceRequest r, Locale locale) {
        Facts facts = new Facts();
        facts.setId("assurance-reply");
        facts.fact("assurance.reply.status", getTranslation("assurance.replyStatus." + r.getReplyStatus().orElseThrow().name()));
        if (r.getReplyLevelId() != null) {
            facts.fact("assurance.reply.level", display.level(r.getReplyLevelId(), r.getReceivingParty(), locale));
        }
        if (r.getReplyStorageLevelId() != null) {
            facts.fact("assurance.reply.storageLevel",
                    display.level(r.getReplyStorageLevelId(), r.getReceivingParty(), locale));
        }
        if (r.getReplyExpiresOn() != null) {
            facts.fact("assurance.reply.expiresOn", AssuranceDisplay.date(r.getReplyExpiresOn(), locale));
        }
        if (r.getReplyRestrictions() != null) {
            facts.fact("assurance.reply.restrictions", r.getReplyRestrictions());
        }
        if (r.getReplySecurityOfficer() != null) {
            facts.fact("assurance.securityOfficer", r.getReplySecurityOfficer());
        }
        if (r.getReplyIssuingAuthorityId() != null) {
            facts.fact("assurance.reply.issuingAuthority", display.authority(r.getReplyIssuingAuthorityId(), locale));
        }
        // only a final reply is measured against the request: an interim one says what is under way
        requests.replyCovers(r).filter(covers -> r.isReplyFinal()).ifPresent(covers -> {
            Span verdict = new Span(getTranslation(covers ? "assurance.reply.covers" : "assurance.reply.doesNotCover"));
            verdict.setId("assurance-reply-covers");
            verdict.getElement().getThemeList().add(covers ? "badge success" : "badge error");
            facts.fact("assurance.reply.verdict", verdict);
        });
        facts.fact("assurance.reply.by", Dates.formatDateTime(r.getRepliedAt().toInstant(), zone(), locale) + " · "
                + people.nameAndOrganisation(r.getRepliedBy(), locale));
        if (r.getReplyNote() != null) {
            facts.fact("assurance.reply.note", WrittenText.plain(r.getReplyNote(), r.getReplyLanguage(), locale, this));
        }
        return facts;
    }

    private Component clearanceFacts(AssuranceRequest r, Locale locale) {
        Facts facts = new Facts();
        facts.setId("assurance-national-clearance");
        facts.fact("assurance.clearanceStarted", Dates.formatDateTime(r.getClearanceStartedAt().toInstant(), zone(),
                locale));
        if (r.getForeignOwnership() != null) {
            facts.fact("assurance.foreignOwnership", WrittenText.plain(r.getForeignOwnership(),
                    r.getClearanceLanguage(), locale, this));
            facts.fact("assurance.foreignInfluence", getTranslation(Boolean.TRUE.equals(r.getForeignInfluence())
                    ? "common.yes" : "common.no"));
        }
        if (r.getAppointedSecurityOfficer() != null) {
            facts.fact("assurance.securityOfficer", r.getAppointedSecurityOfficer());
            facts.fact("assurance.deputySecurityOfficer", r.getAppointedDeputy());
        }
        if (r.getInspectedOn() != null) {
            facts.fact("assurance.inspectedOn", AssuranceDisplay.date(r.getInspectedOn(), locale) + " · "
                    + getTranslation(Boolean.TRUE.equals(r.getInspectionPassed()) ? "assurance.inspection.passed"
                    : "assurance.inspection.failed"));
            if (r.getInspectionFindings() != null) {
                facts.fact("assurance.inspection.findings", WrittenText.plain(r.getInspectionFindings(),
                        r.getClearanceLanguage(), locale, this));
            }
        }
        r.getClearanceDecision().ifPresent(decision -> facts.fact("assurance.clearanceDecision",
                getTranslation("assurance.clearanceDecision." + decision.name()) + " · "
                        + Dates.formatDateTime(r.getClearanceDecidedAt().toInstant(), zone(), locale)));
        if (r.getRefusalReasonsReference() != null && !AssuranceDisplay.outgoing(r, authorityId())) {
            // the reasons file is the receiving party's: the other party learns of the refusal, not its reasons
            facts.fact("assurance.refusalReasonsReference", r.getRefusalReasonsReference());
        }
        List<AssuranceUpdate> updates = requests.updatesOf(r);
        if (!updates.isEmpty()) {
            facts.fact("assurance.statusUpdates", String.join("; ", updates.stream().map(u ->
                    getTranslation("assurance.statusUpdate.entry", AssuranceDisplay.date(u.getSentAt().toLocalDate(),
                            locale), getTranslation(AssuranceDisplay.taskLabelKey(u.getStage())))).toList()));
        }
        return facts;
    }

    private Component courseFacts(AssuranceRequest r, Locale locale) {
        Facts facts = new Facts();
        if (r.getEscalatedAt() != null) {
            facts.fact("assurance.escalation", Dates.formatDateTime(r.getEscalatedAt().toInstant(), zone(), locale)
                    + " · " + people.nameAndOrganisation(r.getEscalatedBy(), locale) + ": " + r.getEscalationNote());
        }
        if (r.getClosedAt() != null) {
            String when = Dates.formatDateTime(r.getClosedAt().toInstant(), zone(), locale) + " · "
                    + people.nameAndOrganisation(r.getClosedBy(), locale);
            String note = r.getClosingNote() == null ? ""
                    : ": " + WrittenText.plain(r.getClosingNote(), r.getClosingLanguage(), locale, this);
            facts.fact(r.getStatus() == AssuranceStatus.WITHDRAWN ? "assurance.withdrawn" : "assurance.recorded",
                    when + note);
        }
        return facts;
    }

    private Component withdrawal(AssuranceRequest request) {
        Div block = new Div();
        block.addClassName("gsoia-card");
        block.setId("assurance-withdrawal");
        TextArea reason = new TextArea(getTranslation("assurance.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        Button withdraw = new Button(getTranslation("assurance.withdraw"));
        withdraw.setId("withdraw-request");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> {
            try {
                requests.withdraw(request.getReference(), reason.getValue(), userId, request.getVersion());
                Notification.show(getTranslation("assurance.withdrawn.done"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                requests.find(reference, userId).ifPresent(this::render);
            } catch (InvalidAssuranceRequestException invalid) {
                reason.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                reason.setInvalid(true);
            } catch (AssuranceRequestChangedException | AssuranceRequestClosedException changed) {
                // what the user typed stays; the page shows what changed
                Notification.show(getTranslation("assurance.changedMeanwhile"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        block.add(new H3(getTranslation("assurance.withdraw.title")), reason, withdraw);
        return block;
    }

    private String authorityId() {
        return requests.securityAuthorityOf(userId).map(a -> a.id()).orElse("");
    }

    private ZoneId zone() {
        return people.zoneOf(userId);
    }

    private H3 section(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("gsoia-section-title");
        return title;
    }




    @Override
    public String getPageTitle() {
        return reference;
    }
}

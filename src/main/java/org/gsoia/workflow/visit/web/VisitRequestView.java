package org.gsoia.workflow.visit.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.agreement.ReferenceData;
import org.gsoia.workflow.procedure.ConcurrentChanges;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.visit.InvalidVisitRequestException;
import org.gsoia.workflow.visit.SiteData;
import org.gsoia.workflow.visit.VisitChecks;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequestChangedException;
import org.gsoia.workflow.visit.VisitRequestClosedException;
import org.gsoia.workflow.visit.VisitRequestNotFoundException;
import org.gsoia.workflow.visit.VisitRequests;
import org.gsoia.workflow.visit.VisitStatus;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.VisitorData;
import org.gsoia.workflow.visit.letter.DecisionLetters;
import org.gsoia.workflow.web.Facts;

/**
 * One visit request as the people involved see it: the whole request with every level in dual marking, the
 * computed checks for the authorities, the tasks the user may do on it, and amend/cancel for the applicant.
 * A request the user may not see looks exactly like one that does not exist.
 */
@Route("visits/:reference")
@RolesAllowed({Role.APPLICANT_ROLE, Role.AUTHORITY_ROLE, Role.HOST_FACILITY_ROLE})
class VisitRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient org.gsoia.workflow.audit.AuditLog auditLog;
    private final VisitRequests visitRequests;
    private final VisitTasks tasks;
    private final VisitChecks checks;
    private final VisitForms forms;
    private final DecisionLetters letters;
    private final FacilityRegister facilities;
    private final ReferenceData referenceData;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final CurrentUser currentUser;
    private final People people;
    private final VisitDisplay display;
    private String reference = "";
    /** Opened from the inbox: completing a task returns there. */
    private boolean fromInbox;
    /** The task the user came for (from the inbox); null: the most urgent of the user's tasks on this request. */
    private String taskId;

    /** The party an organisation belongs to: the host authority alone sees a breach flag. */
    private final java.util.function.Function<String, java.util.Optional<String>> organisationParty;

    VisitRequestView(VisitRequests visitRequests, VisitTasks tasks, VisitChecks checks, VisitForms forms,
                     DecisionLetters letters,
                     FacilityRegister facilities, ReferenceData referenceData, DualMarkingFormatter marking,
                     Agreements agreements, CurrentUser currentUser, People people, VisitDisplay display,
                     org.gsoia.workflow.agreement.OrganisationDirectory organisations,
                     org.gsoia.workflow.audit.AuditLog auditLog) {
        this.auditLog = auditLog;
        this.organisationParty = organisationId -> organisations.find(organisationId).map(o -> o.partyCode());
        this.people = people;
        this.display = display;
        this.visitRequests = visitRequests;
        this.tasks = tasks;
        this.checks = checks;
        this.forms = forms;
        this.letters = letters;
        this.facilities = facilities;
        this.referenceData = referenceData;
        this.marking = marking;
        this.agreements = agreements;
        this.currentUser = currentUser;
        addClassNames("gsoia-view", "gsoia-visit-request");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        fromInbox = event.getLocation().getQueryParameters().getSingleParameter("from").filter("inbox"::equals).isPresent();
        taskId = event.getLocation().getQueryParameters().getSingleParameter("task").orElse(null);
        String userId = currentUser.userId().orElseThrow();
        VisitRequest request = visitRequests.find(reference, userId).orElse(null);
        if (request == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        auditLog.record(userId, "VISIT_REQUEST_READ", reference, null);
        render(request, userId);
    }

    private void render(VisitRequest request, String userId) {
        removeAll();
        Anchor caseFile = new Anchor("cases/" + request.getReference(), getTranslation("casefile.link"));
        caseFile.setId("open-case-file");
        HorizontalLayout title = new HorizontalLayout(new H2(request.getReference()), VisitViews.statusBadge(request.getStatus(), this), caseFile);
        title.setAlignItems(Alignment.CENTER);
        title.addClassName("gsoia-wrap");
        add(title);
        if (request.isEscalated() && !request.getStatus().isFinal() && request.getStatus() != VisitStatus.APPROVED) {
            Paragraph warning = new Paragraph(getTranslation("visit.escalated.warning"));
            warning.addClassName("gsoia-warning");
            add(warning);
        }
        if (request.getClearanceChangedAt() != null) {
            add(clearanceChangeNotice(request));
        }
        if (request.getBreachReference() != null && currentUser.hasRole(Role.AUTHORITY)
                && currentUser.account().map(a -> a.organisationId()).flatMap(organisationParty::apply)
                .filter(request.getHostParty()::equals).isPresent()) {
            Paragraph breach = new Paragraph(getTranslation("visit.breachFlag", request.getBreachReference(),
                    org.gsoia.workflow.language.Dates.format(request.getBreachFlaggedAt().toLocalDate(), getLocale())));
            breach.setId("visit-breach-flag");
            breach.addClassName("gsoia-warning");
            add(breach);
        }
        // one task at a time: the one the user came for, the others named with a link
        List<InboxRow> open = tasks.openTasksOf(request.getReference(), userId);
        InboxRow task = open.stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElse(open.isEmpty() ? null : open.get(0));
        if (task != null) {
            VisitTaskPanel panel = new VisitTaskPanel(task, request, tasks, display, userId,
                    referenceData.levelsOf(request.getSendingParty()),
                    currentUser.hasRole(Role.APPLICANT) ? forms.contextFor(userId, getLocale()) : null,
                    completed -> {
                        Notification.show(getTranslation(completed ? "visit.task.done" : "visit.task.gone"), 4000,
                                Notification.Position.BOTTOM_START).addThemeVariants(completed
                                ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
                        if (fromInbox) {
                            getUI().ifPresent(ui -> ui.navigate("inbox"));
                            return;
                        }
                        taskId = null;
                        visitRequests.find(reference, userId).ifPresentOrElse(r -> render(r, userId),
                                () -> getUI().ifPresent(ui -> ui.navigate("")));
                    });
            panel.showSituation(tasks.situation(task, getLocale()), people.zoneOf(userId));
            add(panel);
            List<InboxRow> others = open.stream().filter(t -> t != task).toList();
            if (!others.isEmpty()) {
                add(otherTasks(others));
            }
        }
        add(facts(request));
        if (request.getDecision().isPresent() && DecisionLetters.isAvailable(request)) {
            add(decision(request));
        }
        // site names, addresses and job titles are the applicant's words, in the applicant's language
        String applicantsLanguage = request.toData().textLanguage();
        add(writtenSection("visit.sites", applicantsLanguage), sites(request),
                writtenSection("visit.visitors", applicantsLanguage), visitors(request));
        if (currentUser.hasAnyRole(Role.AUTHORITY)) {
            add(section("visit.checks"), checkList(request));
        }
        if (currentUser.hasRole(Role.APPLICANT) && visitRequests.isChangeable(request)) {
            add(applicantActions(request, userId));
        }
    }

    /**
     * A clearance the visit depends on changed: everyone who reads the request, the applicant included, learns which
     * facility's, to what and when, and what it means for the request now.
     */
    private Component clearanceChangeNotice(VisitRequest request) {
        String consequence = switch (request.getStatus()) {
            case SUSPENDED -> "visit.clearanceChange.suspended";
            case APPROVAL_WITHDRAWN -> "visit.clearanceChange.withdrawn";
            case COMPLETED, EXPIRED, REJECTED, CANCELLED, APPROVED -> "visit.clearanceChange.settled";
            default -> "visit.clearanceChange.decideAgain";
        };
        Div notice = new Div(new Span(display.clearanceChange(request, getLocale(), this) + " "
                + getTranslation(consequence)));
        if (request.getSuspensionNote() != null) {
            notice.add(new Div(new Span(display.written(request.getSuspensionNote(),
                    request.getSuspensionNoteLanguage(), getLocale(), this))));
        }
        notice.addClassName("gsoia-warning");
        notice.setId("visit-clearance-change");
        return notice;
    }

    /** The user's other open tasks on this request, each a link to this page with that task. */
    private Component otherTasks(List<InboxRow> others) {
        Div links = new Div(new Span(getTranslation("task.alsoOpen")));
        links.addClassName("gsoia-other-tasks");
        links.setId("other-open-tasks");
        for (InboxRow other : others) {
            Anchor link = new Anchor(VisitViews.page(reference) + "?task=" + other.taskId()
                    + (fromInbox ? "&from=inbox" : ""), getTranslation(VisitViews.taskLabelKey(other.taskKey())));
            link.getElement().setAttribute("router-link", true);
            links.add(new Span(" "), link);
        }
        return links;
    }

    private String levelMarking(String levelId, String sendingParty) {
        return marking.format(agreements.currentId(), levelId, agreements.otherParty(sendingParty), getLocale());
    }

    private H3 section(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("gsoia-section-title");
        return title;
    }

    /** A section of free texts: its title says the language they were written in, unless that is the reader's. */
    private H3 writtenSection(String key, String language) {
        H3 title = new H3(display.written(getTranslation(key), language, getLocale(), this));
        title.addClassName("gsoia-section-title");
        return title;
    }

    private Component facts(VisitRequest r) {
        Facts facts = new Facts();
        facts.fact("visit.type", getTranslation("visit.type." + r.getType().name()));
        facts.fact("visit.direction", r.getSendingParty() + " → " + r.getHostParty());
        facts.fact("visit.requestingFacility", facilityName(r.getRequestingFacilityId()));
        facts.fact("visit.hostFacility", facilityName(r.getHostFacilityId()));
        facts.fact("visit.dates", VisitViews.date(r.getStartDate(), getLocale()) + " – " + VisitViews.date(r.getEndDate(), getLocale()));
        facts.fact("visit.level", levelMarking(r.getLevelId(), r.getSendingParty()));
        facts.fact("visit.holder", VisitViews.holder(r.getStatus(), this));
        // a due date only while it is one; afterwards what happened, when, and whether on time
        if (r.getStatus().awaitsDecision()) {
            facts.fact("visit.decisionDue", VisitViews.date(r.getDecisionDueDate(), getLocale()));
        }
        checks.decisionTiming(r).ifPresent(timing -> facts.fact("visit.decidedOn", VisitViews.timing(timing, getLocale(), this)));
        if (r.getProgrammeReference() != null) {
            facts.fact("visit.programmeReference", r.getProgrammeReference());
        }
        facts.fact("visit.handCarry", getTranslation(r.isHandCarry() ? "common.yes" : "common.no"));
        if (r.getValidUntil() != null) {
            facts.fact("visit.validUntil", VisitViews.date(r.getValidUntil(), getLocale()));
        }
        Div block = new Div(facts, labelled("visit.purpose", r.getPurpose(), r.getTextLanguage()));
        if (r.getEmergencyJustification() != null) {
            block.add(labelled("visit.emergencyJustification", r.getEmergencyJustification(), r.getTextLanguage()),
                    labelled("visit.priorCoordinationNote", r.getPriorCoordinationNote(), r.getTextLanguage()));
        }
        return block;
    }

    private Component decision(VisitRequest r) {
        Div block = new Div();
        block.addClassName("gsoia-card");
        block.add(new H3(getTranslation("visit.decision")));
        String userId = currentUser.userId().orElseThrow();
        var locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> letters.forUser(r.getReference(), userId, locale)
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), DecisionLetters.fileName(r.getReference()),
                        "application/pdf", pdf.length))
                .orElseGet(() -> DownloadResponse.error(404))), AttachmentType.DOWNLOAD, getTranslation("visit.letter.download"));
        download.setId("download-decision-letter");
        block.add(new Div(download));
        Facts facts = new Facts();
        facts.fact("visit.decision", getTranslation("visit.decision." + r.getDecision().orElseThrow().name()));
        if (r.getReleasableLevelId() != null) {
            facts.fact("visit.releasableLevel", levelMarking(r.getReleasableLevelId(), r.getSendingParty()));
        }
        if (r.getReasonCode() != null) {
            facts.fact("visit.reasonCode", getTranslation("visit.reason." + r.getReasonCode().name()));
        }
        facts.fact("visit.decidedBy", people.nameAndOrganisation(r.getDecidedBy(), getLocale())
                + (r.getConfirmedBy() == null ? "" : " / " + people.nameAndOrganisation(r.getConfirmedBy(), getLocale())));
        block.add(facts);
        if (r.getConditions() != null) {
            block.add(labelled("visit.conditions", r.getConditions(), r.getDecisionLanguage()));
        }
        if (r.getReason() != null) {
            block.add(labelled("visit.reason", r.getReason(), r.getDecisionLanguage()));
        }
        return block;
    }

    private Component sites(VisitRequest r) {
        Grid<SiteData> grid = new Grid<>();
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SiteData::name).setHeader(getTranslation("visit.site.name"));
        grid.addColumn(SiteData::address).setHeader(getTranslation("visit.site.address"));
        grid.addColumn(s -> s.contactName() + ", " + s.contactPhone() + ", " + s.contactEmail())
                .setHeader(getTranslation("visit.site.contactName"));
        grid.setItems(r.toData().sites());
        return grid;
    }

    private Component visitors(VisitRequest r) {
        boolean authority = currentUser.hasRole(Role.AUTHORITY);
        Grid<VisitorData> grid = new Grid<>();
        grid.setId("visitors");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        java.util.Set<String> late = authority ? r.lateVisitors() : java.util.Set.of();
        grid.addComponentColumn(v -> {
            Div name = new Div(new Span(v.displayName()));
            if (late.contains(v.passportNumber())) {
                // the host authority sees that this visitor came after the lead time had begun
                Span badge = new Span(getTranslation("visit.visitor.addedLate"));
                badge.getElement().getThemeList().add("badge contrast small");
                name.add(new Div(badge));
            }
            return name;
        }).setHeader(getTranslation("visit.visitor.name")).setFlexGrow(2);
        // three letters under a header that is one long word in German: the column fits its header
        grid.addColumn(VisitorData::nationality).setHeader(getTranslation("visit.visitor.nationality"))
                .setAutoWidth(true).setFlexGrow(0);
        if (authority) {
            grid.addColumn(v -> VisitViews.date(v.dateOfBirth(), getLocale()) + ", " + v.placeOfBirth())
                    .setHeader(getTranslation("visit.visitor.dateOfBirth"));
            grid.addColumn(VisitorData::passportNumber).setHeader(getTranslation("visit.visitor.passportNumber"));
        }
        grid.addColumn(v -> v.jobTitle() + ", " + v.employer()).setHeader(getTranslation("visit.visitor.jobTitle")).setFlexGrow(2);
        grid.addColumn(v -> levelMarking(v.clearanceLevelId(), r.getSendingParty()) + " · "
                        + getTranslation("visit.visitor.until", VisitViews.date(v.clearanceExpiresOn(), getLocale())))
                .setHeader(getTranslation("visit.visitor.clearanceLevel")).setWidth("12em").setFlexGrow(3);
        if (authority) {
            grid.addComponentColumn(v -> check(checks.clearanceCovers(r, v), "visit.check.clearanceOk", "visit.check.clearanceNotOk"))
                    .setHeader(getTranslation("visit.check.clearance")).setFlexGrow(2);
        }
        grid.setItems(r.toData().visitors());
        return grid;
    }

    private Component checkList(VisitRequest r) {
        int lead = checks.leadWorkingDays(r);
        return new Div(
                new Div(check(checks.requestingFacilityCleared(r), "visit.check.requestingFacilityOk", "visit.check.requestingFacilityNotOk")),
                new Div(check(checks.hostFacilityCleared(r), "visit.check.hostFacilityOk", "visit.check.hostFacilityNotOk")),
                new Div(check(checks.leadTimeMet(r), "visit.check.leadTimeOk", "visit.check.leadTimeNotOk", lead)));
    }

    private Span check(boolean ok, String okKey, String notOkKey, Object... arguments) {
        Span badge = new Span(getTranslation(ok ? okKey : notOkKey, arguments));
        badge.getElement().getThemeList().add(ok ? "badge success" : "badge error");
        return badge;
    }

    private Component applicantActions(VisitRequest request, String userId) {
        Button amend = new Button(getTranslation("visit.amend"), e -> openAmendment(request, userId));
        amend.setId("amend-visit-request");
        Button cancel = new Button(getTranslation("visit.cancel"), e -> confirmCancellation(request, userId));
        cancel.setId("cancel-visit-request");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(amend, cancel);
        actions.addClassName("gsoia-actions");
        return actions;
    }

    private void openAmendment(VisitRequest request, String userId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("visit.amend.title", request.getReference()));
        dialog.setWidth("min(1100px, 96vw)");
        VisitRequestForm form = new VisitRequestForm(forms.contextFor(userId, getLocale()));
        form.setData(request.toData());
        Div summary = new Div();
        summary.addClassName("gsoia-problem-summary");
        summary.setVisible(false);
        dialog.add(new Paragraph(getTranslation("visit.amend.help")), form, summary);
        int versionRead = request.getVersion();
        Button save = new Button(getTranslation("visit.amend.save"), e -> {
            try {
                visitRequests.amend(request.getReference(), form.getData(), userId, versionRead);
                dialog.close();
                Notification.show(getTranslation("visit.amended"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                visitRequests.find(reference, userId).ifPresent(r -> render(r, userId));
            } catch (InvalidVisitRequestException invalid) {
                VisitViews.showSummary(summary, form.showProblems(invalid.problems()), this);
            } catch (VisitRequestClosedException | VisitRequestNotFoundException closed) {
                dialog.close();
                Notification.show(getTranslation("visit.closed"), 5000, Notification.Position.MIDDLE);
            } catch (RuntimeException changed) {
                // someone changed the request since the form opened: nothing saved, the entries stay in the form
                if (!(changed instanceof VisitRequestChangedException) && !ConcurrentChanges.isCause(changed)) {
                    throw changed;
                }
                changedMeanwhile();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void changedMeanwhile() {
        Notification notice = Notification.show(getTranslation("visit.changedMeanwhile"), 8000,
                Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private void confirmCancellation(VisitRequest request, String userId) {
        int versionRead = request.getVersion();
        TextArea reason = new TextArea(getTranslation("visit.cancel.reason"));
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("visit.cancel.title", reference));
        dialog.add(new Paragraph(getTranslation("visit.cancel.text")), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.back"));
        dialog.setConfirmText(getTranslation("visit.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                visitRequests.cancel(reference, reason.getValue(), userId, versionRead);
                Notification.show(getTranslation("visit.cancelled"), 4000, Notification.Position.BOTTOM_START);
            } catch (InvalidVisitRequestException invalid) {
                // the only field is the reason; the dialog closed on confirming, so it opens again to show why
                reason.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                reason.setInvalid(true);
                dialog.open();
                return;
            } catch (VisitRequestClosedException | VisitRequestNotFoundException closed) {
                Notification.show(getTranslation("visit.closed"), 5000, Notification.Position.MIDDLE);
            } catch (RuntimeException changed) {
                if (!(changed instanceof VisitRequestChangedException) && !ConcurrentChanges.isCause(changed)) {
                    throw changed;
                }
                changedMeanwhile();
            }
            visitRequests.find(reference, userId).ifPresent(r -> render(r, userId));
        });
        dialog.open();
    }


    /** A free text under its label, marked with the language it was written in. */
    private Component labelled(String labelKey, String value, String language) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Paragraph text = new Paragraph(display.written(value, language, getLocale(), this));
        Div div = new Div(label, text);
        div.addClassName("gsoia-labelled");
        return div;
    }

    private String facilityName(String id) {
        return facilities.find(id).map(f -> f.displayName(getLocale())).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return reference + " – " + getTranslation("app.name");
    }
}

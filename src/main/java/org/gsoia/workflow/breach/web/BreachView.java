package org.gsoia.workflow.breach.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.breach.BreachCase;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachChangedException;
import org.gsoia.workflow.breach.BreachEntry;
import org.gsoia.workflow.breach.BreachEscalation;
import org.gsoia.workflow.breach.BreachItem;
import org.gsoia.workflow.breach.BreachTasks;
import org.gsoia.workflow.breach.CorrectiveAction;
import org.gsoia.workflow.breach.InvalidBreachException;
import org.gsoia.workflow.breach.PersonInvolved;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.task.TaskRuleViolation;
import org.gsoia.workflow.web.Facts;
import org.gsoia.workflow.web.Feedback;
import org.gsoia.workflow.web.FieldProblemDisplay;
import org.gsoia.workflow.web.WrittenText;

/**
 * One breach case: the task at hand, the chain's targets against what happened (in the reader's zone), the
 * initial notice's dataset with every item in dual marking, the history of classifications and interim reports, the
 * investigation, damage assessment and final report with its corrective actions. The receiving party's authority
 * classifies, names the persons involved (never shown to the originating party) and tracks the actions here.
 */
@Route("breaches/:reference")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE})
class BreachView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient org.gsoia.workflow.audit.AuditLog auditLog;
    private final BreachCases cases;
    private final BreachTasks tasks;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter markings;
    private final People people;
    private final String userId;
    private final ZoneId zone;
    private String reference = "";
    private boolean fromInbox;

    BreachView(BreachCases cases, BreachTasks tasks, OrganisationDirectory organisations,
               DualMarkingFormatter markings, People people, CurrentUser currentUser,
               org.gsoia.workflow.audit.AuditLog auditLog) {
        this.auditLog = auditLog;
        this.cases = cases;
        this.tasks = tasks;
        this.organisations = organisations;
        this.markings = markings;
        this.people = people;
        this.userId = currentUser.userId().orElseThrow();
        this.zone = people.zoneOf(userId);
        addClassName("gsoia-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        fromInbox = event.getLocation().getQueryParameters().getSingleParameter("from").filter("inbox"::equals)
                .isPresent();
        Optional<BreachCase> breach = cases.find(reference, userId);
        if (breach.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        auditLog.record(userId, "BREACH_CASE_READ", reference, null);
        render(breach.get());
    }

    private void reload() {
        cases.find(reference, userId).ifPresent(this::render);
    }

    private void render(BreachCase b) {
        removeAll();
        Locale locale = getLocale();
        BreachCases.Side side = cases.sideOf(b, userId).orElseThrow();
        Span status = BreachBadges.status(b, this);
        status.setId("breach-status");
        Span classification = BreachBadges.classification(b, this);
        classification.setId("breach-classification");
        HorizontalLayout title = new HorizontalLayout(new H2(b.getReference()), status, classification,
                new Anchor("cases/" + b.getReference(), getTranslation("casefile.link")));
        title.setAlignItems(Alignment.CENTER);
        add(title);
        tasks.openTasksOf(b.getReference(), userId).stream().findFirst().ifPresent(task ->
                add(new BreachTaskPanel(b, task, tasks, userId, zone, locale, this::finish)));
        add(new H3(getTranslation("breach.chain")), chain(b, locale));
        add(new H3(getTranslation("breach.notice")), notice(b, locale));
        add(new H3(getTranslation("breach.items")), items(b, locale));
        boolean authority = side == BreachCases.Side.AUTHORITY && !b.isClosed();
        if (!b.getEntries().isEmpty() || authority) {
            add(new H3(getTranslation("breach.history")), history(b, locale));
        }
        if (authority) {
            add(classify(b, locale), requestReview(b, locale));
        }
        if (side != BreachCases.Side.ORIGINATOR && (!b.getPersons().isEmpty() || authority)) {
            add(new H3(getTranslation("breach.persons")), persons(b, authority, locale));
        }
        if (b.getInvestigatedAt() != null || b.getDamageAt() != null || b.getFinalAt() != null) {
            add(new H3(getTranslation("breach.results")), results(b, locale));
        }
        if (!b.getActions().isEmpty() || (authority && b.getStatus() == BreachCase.Status.INVESTIGATING)) {
            add(new H3(getTranslation("breach.actions")), actions(b, side == BreachCases.Side.AUTHORITY, locale));
        }
    }

    private Component chain(BreachCase b, Locale locale) {
        Facts facts = new Facts();
        facts.setId("breach-chain");
        facts.fact("breach.chain.officer", target(b.getOfficerDueAt(), b.getOpenedAt(), locale));
        facts.fact("breach.chain.authority", target(b.getAuthorityDueAt(), b.getOpenedAt(), locale));
        b.getOriginatorDueAt().ifPresent(due -> facts.fact("breach.chain.originator",
                target(due, b.getNotifiedAt(), locale)));
        if (b.getFinalReportDueOn() != null) {
            facts.fact("breach.finalReportDue", Dates.format(b.getFinalReportDueOn(), locale));
        }
        for (BreachEscalation e : b.getEscalations()) {
            Span escalated = new Span(getTranslation("breach.escalatedTo", Dates.formatDateTimeWithZone(
                    e.getEscalatedAt(), zone, locale), (e.toGroup() ? people.groupName(e.getEscalatedTo(), locale)
                            : people.nameAndOrganisation(e.getEscalatedTo(), locale))));
            escalated.getElement().getThemeList().add("badge error");
            facts.fact("breach.escalation." + e.getStep().name(), escalated);
        }
        return facts;
    }

    /** A target and, once reached, when: in time or late. */
    private Component target(Instant due, OffsetDateTime done, Locale locale) {
        Span target = new Span(getTranslation("breach.chain.target", Dates.formatDateTimeWithZone(due, zone, locale)));
        if (done == null) {
            return target;
        }
        boolean late = done.toInstant().isAfter(due);
        Span reached = new Span(getTranslation(late ? "breach.chain.doneLate" : "breach.chain.doneInTime",
                Dates.formatDateTimeWithZone(done.toInstant(), zone, locale)));
        reached.getElement().getThemeList().add(late ? "badge error" : "badge success");
        Span both = new Span(target, new Span(" "), reached);
        return both;
    }

    private Component notice(BreachCase b, Locale locale) {
        Facts facts = new Facts();
        facts.setId("breach-notice");
        facts.fact("breach.eventType", getTranslation("breach.eventType." + b.getEventType().name()));
        facts.fact("breach.organisation", organisations.displayName(b.getOrganisationId(), locale));
        facts.fact("breach.location", b.getLocation());
        facts.fact("breach.discoveredAt", Dates.formatDateTimeWithZone(b.discovery().toInstant(),
                b.discovery().getZone(), locale) + zoneNote(b.discovery().toInstant(), b.discovery().getZone(),
                locale));
        b.occurrence().ifPresent(o -> facts.fact("breach.occurredAt", Dates.formatDateTimeWithZone(o.toInstant(),
                o.getZone(), locale) + zoneNote(o.toInstant(), o.getZone(), locale)));
        facts.fact("breach.circumstances", WrittenText.component(b.getCircumstances(), b.getTextLanguage(), locale,
                this));
        if (b.getUnauthorisedRecipients() != null) {
            facts.fact("breach.unauthorisedRecipients", WrittenText.component(b.getUnauthorisedRecipients(),
                    b.getTextLanguage(), locale, this));
        }
        if (b.getContainment() != null) {
            facts.fact("breach.containment", WrittenText.component(b.getContainment(), b.getTextLanguage(), locale,
                    this));
        }
        facts.fact("breach.pointOfContact", b.getPointOfContact());
        facts.fact("breach.reportedBy", people.nameAndOrganisation(b.getReportedBy(), locale) + " · "
                + Dates.formatDateTimeWithZone(b.getReportedAt().toInstant(), zone, locale));
        facts.fact("breach.reportingAuthority", organisations.displayName(b.getAuthorityId(), locale));
        facts.fact("breach.originatingParty", organisations.displayName(b.getOriginatorAuthorityId(), locale));
        if (b.getAssessment() != null) {
            facts.fact("breach.assessment", WrittenText.component(b.getAssessment(), null, locale, this));
        }
        return facts;
    }

    /** The reader's own clock too, when the time was given in another zone. */
    private String zoneNote(Instant instant, ZoneId given, Locale locale) {
        return given.getRules().getOffset(instant).equals(zone.getRules().getOffset(instant)) ? ""
                : " (" + Dates.formatDateTimeWithZone(instant, zone, locale) + ")";
    }

    private Component items(BreachCase b, Locale locale) {
        Grid<BreachItem> grid = new Grid<>();
        grid.setId("breach-items");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> markings.format(b.getAgreementId(), i.getLevelId(), b.getReceivingParty(), locale))
                .setHeader(getTranslation("breach.item.marking")).setFlexGrow(2);
        grid.addColumn(BreachItem::getRegistryNumber).setHeader(getTranslation("breach.item.registryNumber"))
                .setFlexGrow(1);
        grid.addColumn(BreachItem::getOriginator).setHeader(getTranslation("breach.item.originator")).setFlexGrow(2);
        grid.addColumn(i -> i.getTitle() == null ? "" : i.getTitle())
                .setHeader(getTranslation("breach.item.title")).setFlexGrow(2);
        grid.addColumn(i -> String.join(" · ", java.util.stream.Stream.of(Dates.format(i.getItemDate(), locale),
                        i.getCopyNumber() == null ? "" : getTranslation("breach.item.copyShort", i.getCopyNumber()))
                        .filter(part -> !part.isEmpty()).toList()))
                .setHeader(getTranslation("breach.item.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation("breach.medium." + i.getMedium().name()))
                .setHeader(getTranslation("breach.item.medium")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(b.getItems());
        return grid;
    }

    private Component history(BreachCase b, Locale locale) {
        Grid<BreachEntry> grid = new Grid<>();
        grid.setId("breach-history");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> Dates.formatDateTimeWithZone(e.getRecordedAt().toInstant(), zone, locale))
                .setHeader(getTranslation("breach.history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> switch (e.getKind()) {
                    case CLASSIFIED -> getTranslation("breach.classifiedAs", getTranslation("breach.classification."
                            + e.getClassification().name()));
                    case INTERIM_REPORT -> getTranslation("breach.interimReport");
                    case CLEARANCE_REVIEW -> getTranslation("breach.reviewOf", e.getSubject());
                })
                .setHeader(getTranslation("breach.history.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> WrittenText.plain(e.getText(), e.getTextLanguage(), locale, this)
                        + (e.getNextSteps() == null ? "" : " — " + getTranslation("breach.interim.nextSteps") + ": "
                        + e.getNextSteps())
                        + (e.getKind() != BreachEntry.Kind.CLEARANCE_REVIEW ? "" : " — " + (e.getOutcome() == null
                        ? getTranslation("breach.review.open") : getTranslation("breach.review.done", e.getOutcome()))))
                .setHeader(getTranslation("breach.history.text")).setFlexGrow(3);
        grid.addColumn(e -> people.nameAndOrganisation(e.getRecordedBy(), locale))
                .setHeader(getTranslation("breach.history.by")).setFlexGrow(1);
        grid.setItems(b.getEntries());
        grid.setEmptyStateText(getTranslation("breach.history.empty"));
        return grid;
    }

    private Component classify(BreachCase b, Locale locale) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        Select<BreachCase.Classification> to = new Select<>();
        to.setId("classification");
        to.setLabel(getTranslation("breach.classify"));
        to.setItems(List.of(BreachCase.Classification.values()).stream()
                .filter(c -> c != b.getClassification()).toList());
        to.setItemLabelGenerator(c -> getTranslation("breach.classification." + c.name()));
        to.setPlaceholder(getTranslation("validation.choose"));
        TextArea reason = new TextArea(getTranslation("breach.classification.reason"));
        reason.setId("classification-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("classification", to);
        problems.register("classificationReason", reason);
        Button save = new Button(getTranslation("breach.classify.action"), e -> change(() -> cases.classify(
                reference, b.getVersion(), to.getValue(), reason.getValue(), userId), problems));
        save.setId("classify");
        section.add(to, reason, save);
        return section;
    }

    private Component requestReview(BreachCase b, Locale locale) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("breach.requestReview")));
        section.setPadding(false);
        section.setSpacing(false);
        TextField person = new TextField(getTranslation("breach.reviewPerson"));
        person.setId("review-person");
        person.setHelperText(getTranslation(b.getFacilityId() == null ? "breach.reviewPerson.required"
                : "breach.reviewPerson.help"));
        person.setMaxLength(200);
        person.setWidth("24em");
        TextArea reason = new TextArea(getTranslation("breach.reviewReason"));
        reason.setId("review-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
        problems.register("reviewPerson", person);
        problems.register("reviewReason", reason);
        Button request = new Button(getTranslation("breach.requestReview.action"), e -> change(() ->
                cases.requestClearanceReview(reference, b.getVersion(), person.getValue(), reason.getValue(), userId),
                problems));
        request.setId("request-review");
        section.add(person, reason, request);
        return section;
    }

    private Component persons(BreachCase b, boolean authority, Locale locale) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        Grid<PersonInvolved> grid = new Grid<>();
        grid.setId("breach-persons");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.getName() + (p.getFunction() == null ? "" : ", " + p.getFunction()))
                .setHeader(getTranslation("breach.person.name")).setFlexGrow(2);
        grid.addColumn(p -> p.getReply() == null ? getTranslation("breach.person.noReply")
                        : Dates.format(p.getRepliedOn(), locale) + ": "
                        + WrittenText.plain(p.getReply(), p.getTextLanguage(), locale, this))
                .setHeader(getTranslation("breach.person.reply")).setFlexGrow(3);
        if (authority) {
            grid.addComponentColumn(p -> {
                if (p.getReply() != null) {
                    return new Span();
                }
                TextField reply = new TextField();
                reply.setId("reply-" + p.getId());
                reply.setAriaLabel(getTranslation("breach.person.reply") + ": " + p.getName());
                reply.setMaxLength(2000);
                Button record = new Button(getTranslation("breach.person.recordReply"), e -> change(() ->
                        cases.recordReply(reference, p.getId(), b.getVersion(), reply.getValue(), userId), null));
                record.setId("record-reply-" + p.getId());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                HorizontalLayout row = new HorizontalLayout(reply, record);
                row.setAlignItems(Alignment.BASELINE);
                return row;
            }).setKey("reply").setFlexGrow(3);
        }
        grid.setItems(b.getPersons());
        grid.setEmptyStateText(getTranslation("breach.persons.empty"));
        section.add(grid);
        if (authority) {
            TextField name = new TextField(getTranslation("breach.person.name"));
            name.setId("person-name");
            name.setMaxLength(200);
            TextField function = new TextField(getTranslation("breach.person.function"));
            function.setId("person-function");
            function.setMaxLength(200);
            TextField account = new TextField(getTranslation("breach.person.userId"));
            account.setId("person-user");
            account.setHelperText(getTranslation("breach.person.userId.help"));
            account.setMaxLength(64);
            FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
            problems.register("personName", name);
            problems.register("personFunction", function);
            problems.register("personUserId", account);
            Button add = new Button(getTranslation("breach.person.add"), e -> change(() -> cases.involve(reference,
                    b.getVersion(), name.getValue(), function.getValue(), account.getValue(), userId), problems));
            add.setId("add-person");
            FlexLayout row = new FlexLayout(name, function, account);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "0 var(--lumo-space-m)");
            section.add(row, add);
        }
        return section;
    }

    private Component results(BreachCase b, Locale locale) {
        Facts facts = new Facts();
        facts.setId("breach-results");
        if (b.getInvestigatedAt() != null) {
            facts.fact("breach.findings", WrittenText.component(b.getFindings(), null, locale, this));
            facts.fact("breach.cause", b.getCause());
            facts.fact("breach.likelihood", getTranslation("breach.likelihood." + b.getLikelihood().name()));
            facts.fact("breach.referral", getTranslation("breach.referral." + b.getReferral().name())
                    + (b.getReferralTo() == null ? "" : ": " + b.getReferralTo()
                    + (b.getReferralReference() == null ? "" : " (" + b.getReferralReference() + ")")));
        }
        if (b.getDamageAt() != null) {
            facts.fact("breach.damage", b.getDamageAssessment() + " — "
                    + people.nameAndOrganisation(b.getDamageBy(), locale));
        }
        if (b.getFinalAt() != null) {
            facts.fact("breach.outcome", getTranslation("breach.outcome." + b.getOutcome().name()));
            facts.fact("breach.finalReport", b.getFinalReport());
        }
        if (b.getReviewedAt() != null) {
            facts.fact("breach.review", getTranslation(b.getAcceptedAt() != null ? "breach.review.accepted"
                    : "breach.review.more") + (b.getReviewComment() == null ? "" : ": " + b.getReviewComment()));
        }
        return facts;
    }

    private Component actions(BreachCase b, boolean authority, Locale locale) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        LocalDate today = cases.today(b.getReceivingParty());
        Grid<CorrectiveAction> grid = new Grid<>();
        grid.setId("breach-actions");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> WrittenText.plain(a.getAction(), a.getTextLanguage(), locale, this))
                .setHeader(getTranslation("breach.action")).setFlexGrow(3);
        grid.addColumn(CorrectiveAction::getOwner).setHeader(getTranslation("breach.action.owner")).setFlexGrow(1);
        grid.addComponentColumn(a -> {
            Span state;
            if (a.isDone()) {
                state = new Span(getTranslation("breach.action.doneOn", Dates.format(a.getDoneOn(), locale))
                        + (a.getDoneNote() == null ? "" : ": " + a.getDoneNote()));
                state.getElement().getThemeList().add("badge success");
            } else {
                state = new Span(getTranslation("breach.action.dueBy", Dates.format(a.getDueOn(), locale)));
                state.getElement().getThemeList().add(a.isOverdue(today) ? "badge error" : "badge");
            }
            return state;
        }).setHeader(getTranslation("breach.action.state")).setKey("state").setFlexGrow(1);
        if (authority && b.getFinalAt() != null) {
            grid.addComponentColumn(a -> {
                if (a.isDone()) {
                    return new Span();
                }
                Button done = new Button(getTranslation("breach.action.markDone"), e -> change(() ->
                        cases.markActionDone(reference, a.getId(), b.getVersion(), null, userId), null));
                done.setId("action-done-" + a.getId());
                done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return done;
            }).setKey("done").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(b.getActions());
        grid.setEmptyStateText(getTranslation("breach.actions.empty"));
        section.add(grid);
        if (authority && b.getStatus() == BreachCase.Status.INVESTIGATING && !b.isClosed()) {
            TextArea action = new TextArea(getTranslation("breach.action"));
            action.setId("action-text");
            action.setMaxLength(2000);
            action.setWidthFull();
            TextField owner = new TextField(getTranslation("breach.action.owner"));
            owner.setId("action-owner");
            owner.setHelperText(getTranslation("breach.action.owner.help"));
            owner.setMaxLength(200);
            DatePicker due = DateFields.localize(new DatePicker(getTranslation("breach.action.dueOn")), locale, this);
            due.setId("action-due");
            FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
            problems.register("action", action);
            problems.register("owner", owner);
            problems.register("actionDueOn", due);
            Button add = new Button(getTranslation("breach.action.add"), e -> change(() -> cases.addAction(reference,
                    b.getVersion(), action.getValue(), owner.getValue(), due.getValue(), userId), problems));
            add.setId("add-action");
            FlexLayout row = new FlexLayout(owner, due);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "0 var(--lumo-space-m)");
            section.add(action, row, add);
        }
        return section;
    }

    /** Completes the task at hand; refused input shows in place, a vanished or refused task as such. */
    private void finish(Runnable completion, FieldProblemDisplay problems) {
        try {
            completion.run();
            Feedback.taskDone(this, fromInbox, this::reload);
        } catch (InvalidBreachException invalid) {
            Feedback.problems(this, problems, invalid.problems());
        } catch (TaskActionRefusedException gone) {
            Feedback.warn(getTranslation(gone.messageKey()));
            reload();
        } catch (TaskRuleViolation refused) {
            Feedback.warn(getTranslation(refused.messageKey()));
        }
    }

    private void change(Runnable change, FieldProblemDisplay problems) {
        try {
            change.run();
            reload();
        } catch (InvalidBreachException invalid) {
            Feedback.problems(this, problems, invalid.problems());
        } catch (BreachChangedException changed) {
            Feedback.warn(getTranslation("breach.changedMeanwhile"));
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return reference;
    }
}

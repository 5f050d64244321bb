package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.FacilityEntry;
import org.gsoia.workflow.agreement.FacilityRegister;
import org.gsoia.workflow.clearance.ClassifiedContract;
import org.gsoia.workflow.clearance.ClassifiedContracts;
import org.gsoia.workflow.clearance.ClassifiedContracts.ContractChangedException;
import org.gsoia.workflow.clearance.ClassifiedContracts.ContractClosedException;
import org.gsoia.workflow.clearance.ClassifiedContracts.ReleaseRefusedException;
import org.gsoia.workflow.clearance.ContractItem;
import org.gsoia.workflow.clearance.ContractReport;
import org.gsoia.workflow.clearance.ContractTasks;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.ReleaseGap;
import org.gsoia.workflow.clearance.SubcontractConsent;
import org.gsoia.workflow.clearance.process.ContractProcess;
import org.gsoia.workflow.language.DateFields;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.FieldProblemDisplay;
import org.gsoia.workflow.web.WrittenText;
import org.gsoia.workflow.web.Facts;

/**
 * A classified contract (R-FC-05) and its release gate (R-FC-04): the record; its items, each released to the
 * contractor only when the gate is open, or showing what is missing; the contractor's named staff with their
 * clearances; subcontract consents; periodic reports, and the close-out. Each side sees the actions that are its own.
 */
@Route("contracts/:reference")
@RolesAllowed({Role.AUTHORITY_ROLE, Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE})
class ContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassifiedContracts contracts;
    private final ContractTasks tasks;
    private final FacilityRegister facilities;
    private final AssuranceDisplay display;
    private final People people;
    private final String userId;
    private String reference = "";
    private boolean fromInbox;

    ContractView(ClassifiedContracts contracts, ContractTasks tasks, FacilityRegister facilities,
                 AssuranceDisplay display, People people, CurrentUser currentUser) {
        this.contracts = contracts;
        this.tasks = tasks;
        this.facilities = facilities;
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
        ClassifiedContract contract = contracts.find(reference, userId).orElse(null);
        if (contract == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(contract);
    }

    private void reload() {
        contracts.find(reference, userId).ifPresent(this::render);
    }

    private void render(ClassifiedContract contract) {
        removeAll();
        Locale locale = getLocale();
        boolean manager = contract.isOpen() && contracts.mayManage(contract, userId);
        boolean supervisor = contract.isOpen() && contracts.maySuperviseContractor(contract, userId);
        Span status = new Span(getTranslation("contract.status." + contract.getStatus().name()));
        status.setId("contract-status");
        status.getElement().getThemeList().add(contract.isOpen() ? "badge" : "badge contrast");
        HorizontalLayout title = new HorizontalLayout(new H2(contract.getReference()), status,
                new Anchor("cases/" + contract.getReference(), getTranslation("casefile.link")));
        title.setAlignItems(Alignment.CENTER);
        add(new Anchor("contracts", getTranslation("contract.backToList")), title);
        reportTask(contract, locale);
        add(facts(contract, locale));
        add(items(contract, manager, locale));
        add(staff(contract, supervisor, locale));
        add(consents(contract, supervisor, locale));
        if (contract.getReportInterval().isPresent()) {
            add(reports(contract, locale));
        }
        if (manager) {
            add(closeOut(contract));
        }
    }

    private Facts facts(ClassifiedContract c, Locale locale) {
        Facts facts = new Facts();
        facts.setId("contract-facts");
        facts.fact("contract.number", c.getContractNumber());
        facts.fact("contract.subject", c.getSubject());
        facts.fact("contract.contractingEntity", c.getContractingEntity() + " · "
                + display.authority(c.getContractingAuthorityId(), locale));
        FacilityEntry contractor = facilities.find(c.getContractorFacilityId()).orElseThrow();
        facts.fact("contract.contractor", display.facilityWithOwner(contractor.id(), locale) + " · "
                + getTranslation("contract.fsc", getTranslation("fsc.status." + (contractor.fscStatus() == null
                ? "NONE" : contractor.fscStatus().name())), display.levelOfItsParty(contractor.fscLevelId(), locale),
                AssuranceDisplay.date(contractor.fscExpiresOn(), locale)));
        facts.fact("contract.highestLevel", display.level(c.getHighestLevelId(), c.getContractingParty(), locale));
        facts.fact("contract.guideReference", c.getGuideReference());
        facts.fact("contract.securityClause", WrittenText.component(c.getSecurityClause(), c.getTextLanguage(),
                locale, this));
        facts.fact("contract.reportSchedule", c.getReportInterval().map(p -> getTranslation("contract.reportEvery",
                p.toTotalMonths()) + (c.isOpen() ? " · " + getTranslation("contract.nextReportDue",
                AssuranceDisplay.date(tasks.dueOnOfNextReport(c), locale)) : ""))
                .orElse(getTranslation("contract.noReports")));
        facts.fact("contract.recorded", Dates.formatDateTime(c.getRecordedAt().toInstant(), people.zoneOf(userId),
                locale) + " · " + people.nameAndOrganisation(c.getRecordedBy(), locale));
        if (c.getClearanceChangedAt() != null) {
            facts.fact("contract.clearanceChange", clearanceChange(c, locale));
        }
        if (c.getSecuredAt() != null) {
            facts.fact("contract.secured", Dates.formatDateTime(c.getSecuredAt().toInstant(), people.zoneOf(userId),
                    locale) + " · " + people.nameAndOrganisation(c.getSecuredBy(), locale) + ": "
                    + WrittenText.plain(c.getSecuredNote(), c.getSecuredLanguage(), locale, this));
        }
        if (!c.isOpen()) {
            facts.fact("contract.closed", Dates.formatDateTime(c.getClosedAt().toInstant(), people.zoneOf(userId),
                    locale) + " · " + people.nameAndOrganisation(c.getClosedBy(), locale) + ": "
                    + WrittenText.plain(c.getCloseNote(), c.getTextLanguage(), locale, this));
        }
        return facts;
    }

    private Component items(ClassifiedContract contract, boolean manager, Locale locale) {
        VerticalLayout section = section("contract.items", "contract.items.lead");
        Grid<ContractItem> grid = new Grid<>();
        grid.setId("contract-items");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ContractItem::getTitle).setHeader(getTranslation("contract.item.title")).setFlexGrow(2);
        grid.addColumn(i -> display.level(i.getLevelId(), contract.getContractingParty(), locale))
                .setHeader(getTranslation("contract.item.level")).setFlexGrow(2);
        java.util.Map<Long, List<ReleaseGap>> gaps = contracts.releaseGaps(contract);
        grid.addComponentColumn(i -> releaseState(contract, i, gaps.getOrDefault(i.getId(), List.of()), locale))
                .setHeader(getTranslation("contract.item.release")).setKey("release-state").setFlexGrow(3);
        if (manager) {
            grid.addComponentColumn(i -> {
                if (i.isReleased()) {
                    return new Span();
                }
                Button release = new Button(getTranslation("contract.item.releaseAction"));
                release.setId("release-item-" + i.getId());
                release.addThemeVariants(ButtonVariant.LUMO_SMALL);
                release.addClickListener(e -> release(contract, i));
                return release;
            }).setKey("release-action").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(contract.getItems());
        grid.setEmptyStateText(getTranslation("contract.items.empty"));
        section.add(grid);
        if (manager) {
            TextField title = new TextField(getTranslation("contract.item.title"));
            title.setId("item-title");
            title.setMaxLength(300);
            title.setHelperText(getTranslation("contract.item.title.help"));
            title.setWidth("24em");
            Select<ClassificationLevel> level = new Select<>();
            level.setId("item-level");
            level.setLabel(getTranslation("contract.item.level"));
            level.setItems(contracts.levelsFor(userId));
            level.setItemLabelGenerator(l -> display.level(l.getId(), contract.getContractingParty(), locale));
            level.setPlaceholder(getTranslation("validation.choose"));
            FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
            problems.register("itemTitle", title);
            problems.register("itemLevel", level);
            Button add = new Button(getTranslation("contract.item.add"), e -> act(() -> contracts.addItem(reference,
                    contract.getVersion(), title.getValue(), level.getValue() == null ? null
                            : level.getValue().getId(), userId), problems, "contract.item.added"));
            add.setId("add-item");
            section.add(row(title, level, add));
        }
        return section;
    }

    private Component releaseState(ClassifiedContract contract, ContractItem item, List<ReleaseGap> gaps,
                                   Locale locale) {
        if (item.isReleased()) {
            Span released = new Span(getTranslation("contract.item.releasedOn", Dates.formatDateTime(
                    item.getReleasedAt().toInstant(), people.zoneOf(userId), locale),
                    people.nameAndOrganisation(item.getReleasedBy(), locale)));
            released.getElement().getThemeList().add("badge success");
            return released;
        }
        if (gaps.isEmpty()) {
            Span ready = new Span(getTranslation("contract.item.ready"));
            ready.getElement().getThemeList().add("badge");
            return ready;
        }
        Div blocked = new Div(new Span(getTranslation("contract.item.blocked")), gapList(gaps, contract, locale));
        blocked.setId("gaps-item-" + item.getId());
        return blocked;
    }

    private UnorderedList gapList(List<ReleaseGap> gaps, ClassifiedContract contract, Locale locale) {
        UnorderedList list = new UnorderedList();
        gaps.forEach(g -> list.add(new ListItem(gapText(g, locale))));
        list.getStyle().set("margin", "0");
        return list;
    }

    private String gapText(ReleaseGap g, Locale locale) {
        String key = "contract.gap." + g.kind().name();
        String held = display.levelOfItsParty(g.heldLevelId(), locale);
        String needed = display.levelOfItsParty(g.neededLevelId(), locale);
        String expiry = AssuranceDisplay.date(g.expiresOn(), locale);
        return switch (g.kind()) {
            case FSC_NOT_VALID -> getTranslation(key, getTranslation("fsc.status." + (g.status() == null ? "NONE"
                    : g.status())));
            case FSC_EXPIRED -> getTranslation(key, expiry);
            case FSC_LEVEL_TOO_LOW -> getTranslation(key, held, needed);
            case PSC_NOT_AT_CONTRACTOR -> getTranslation(key, g.person());
            case PSC_NOT_VALID -> getTranslation(key, g.person(), getTranslation("psc.status." + g.status()));
            case PSC_EXPIRED -> getTranslation(key, g.person(), expiry);
            case PSC_LEVEL_TOO_LOW -> getTranslation(key, g.person(), held, needed);
            default -> getTranslation(key);
        };
    }

    private void release(ClassifiedContract contract, ContractItem item) {
        try {
            contracts.release(reference, item.getId(), contract.getVersion(), userId);
            Notification.show(getTranslation("contract.item.releasedNotice", item.getTitle()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReleaseRefusedException refused) {
            Div text = new Div(new Span(getTranslation("contract.item.refused")),
                    gapList(refused.gaps(), contract, getLocale()));
            Notification notice = new Notification(text);
            notice.setId("release-refused");
            notice.setDuration(10000);
            notice.setPosition(Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.open();
        } catch (ContractChangedException | ContractClosedException changed) {
            changedMeanwhile();
        }
        reload();
    }

    private Component staff(ClassifiedContract contract, boolean supervisor, Locale locale) {
        VerticalLayout section = section("contract.staff", "contract.staff.lead");
        Grid<PersonnelClearance> grid = new Grid<>();
        grid.setId("contract-staff");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.getNamePassport() + " / " + p.getNameNative())
                .setHeader(getTranslation("psc.person")).setFlexGrow(2);
        grid.addColumn(p -> clearanceText(p, locale)).setHeader(getTranslation("psc.clearance")).setFlexGrow(3);
        if (supervisor) {
            grid.addComponentColumn(p -> {
                Button remove = new Button(getTranslation("contract.staff.remove"));
                remove.setId("remove-staff-" + p.getId());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.addClickListener(e -> act(() -> contracts.removeStaff(reference, contract.getVersion(),
                        p.getId(), userId), null, "contract.staff.removed"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(contracts.staffOf(contract));
        grid.setEmptyStateText(getTranslation("contract.staff.empty"));
        section.add(grid);
        if (supervisor) {
            ComboBox<PersonnelClearance> person = new ComboBox<>(getTranslation("contract.staff.person"));
            person.setId("staff-person");
            List<PersonnelClearance> candidates = contracts.staffCandidates(contract);
            person.setItems(candidates);
            person.setItemLabelGenerator(p -> p.getNamePassport() + " / " + p.getNameNative() + " · "
                    + clearanceText(p, locale));
            person.setHelperText(getTranslation(candidates.isEmpty() ? "contract.staff.person.none"
                    : "contract.staff.person.help"));
            person.setWidth("32em");
            FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
            problems.register("staff", person);
            Button name = new Button(getTranslation("contract.staff.name"), e -> act(() -> contracts.nameStaff(
                    reference, contract.getVersion(), person.getValue() == null ? null : person.getValue().getId(),
                    userId), problems, "contract.staff.named"));
            name.setId("name-staff");
            section.add(row(person, name));
        }
        return section;
    }

    private String clearanceText(PersonnelClearance p, Locale locale) {
        return getTranslation("psc.scheme." + p.getScheme()) + " · " + display.level(p.getLevelId(),
                p.getPartyCode(), locale) + " · " + getTranslation("psc.status." + p.getStatus().name()) + " · "
                + getTranslation("psc.until", AssuranceDisplay.date(p.getExpiresOn(), locale));
    }

    private Component consents(ClassifiedContract contract, boolean supervisor, Locale locale) {
        VerticalLayout section = section("contract.consents", "contract.consents.lead");
        Grid<SubcontractConsent> grid = new Grid<>();
        grid.setId("contract-consents");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> display.facilityWithOwner(s.getSubcontractorFacilityId(), locale))
                .setHeader(getTranslation("contract.consent.subcontractor")).setFlexGrow(3);
        grid.addColumn(SubcontractConsent::getConsentReference)
                .setHeader(getTranslation("contract.consent.reference")).setFlexGrow(1);
        grid.addColumn(s -> AssuranceDisplay.date(s.getConsentedOn(), locale))
                .setHeader(getTranslation("contract.consent.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> people.nameAndOrganisation(s.getRecordedBy(), locale))
                .setHeader(getTranslation("contract.consent.recordedBy")).setFlexGrow(1);
        grid.setItems(contract.getConsents());
        grid.setEmptyStateText(getTranslation("contract.consents.empty"));
        section.add(grid);
        if (supervisor) {
            ComboBox<FacilityEntry> subcontractor = NewContractView.facilityChooser(facilities, display,
                    "consent-subcontractor", getTranslation("contract.consent.subcontractor"), locale);
            subcontractor.setWidth("28em");
            TextField consentReference = new TextField(getTranslation("contract.consent.reference"));
            consentReference.setId("consent-reference");
            consentReference.setMaxLength(100);
            consentReference.setRequiredIndicatorVisible(true);
            consentReference.setHelperText(getTranslation("contract.consent.reference.help"));
            DatePicker consentedOn = DateFields.localize(new DatePicker(getTranslation("contract.consent.date")),
                    locale, this);
            consentedOn.setId("consent-date");
            consentedOn.setRequiredIndicatorVisible(true);
            FieldProblemDisplay problems = new FieldProblemDisplay(this, locale);
            problems.register("subcontractor", subcontractor);
            problems.register("consentReference", consentReference);
            problems.register("consentedOn", consentedOn);
            Button record = new Button(getTranslation("contract.consent.record"), e -> act(() -> contracts
                    .recordConsent(reference, contract.getVersion(), subcontractor.getValue() == null ? null
                            : subcontractor.getValue().id(), consentReference.getValue(), consentedOn.getValue(),
                            userId), problems, "contract.consent.recorded"));
            record.setId("record-consent");
            section.add(row(subcontractor, consentReference, consentedOn, record));
        }
        return section;
    }

    private Component reports(ClassifiedContract contract, Locale locale) {
        VerticalLayout section = section("contract.reports", "contract.reports.lead");
        Grid<ContractReport> grid = new Grid<>();
        grid.setId("contract-reports");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> AssuranceDisplay.date(r.getDueOn(), locale))
                .setHeader(getTranslation("contract.report.dueOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.formatDateTime(r.getSubmittedAt().toInstant(), people.zoneOf(userId), locale)
                + " · " + people.nameAndOrganisation(r.getSubmittedBy(), locale))
                .setHeader(getTranslation("contract.report.submitted")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.isChangesReported() ? "contract.report.changes.yes"
                : "contract.report.changes.no") + (r.getNote() == null ? "" : ": "
                + WrittenText.plain(r.getNote(), r.getNoteLanguage(), locale, this)))
                .setHeader(getTranslation("contract.report.changes")).setFlexGrow(3);
        grid.setItems(contract.getReports());
        grid.setEmptyStateText(getTranslation("contract.reports.empty"));
        section.add(grid);
        return section;
    }

    private void reportTask(ClassifiedContract contract, Locale locale) {
        List<InboxRow> open = tasks.openTasksOf(contract.getReference(), userId);
        if (open.isEmpty()) {
            return;
        }
        InboxRow task = open.get(0);
        if (task.taskKey().equals(ContractProcess.SECURE_INFORMATION)) {
            secureTask(contract, task, locale);
            return;
        }
        TaskCard card = new TaskCard("clearance.task." + task.taskKey(), "clearance.task.help." + task.taskKey());
        card.setId("task-panel");
        card.showSituation(tasks.situation(task, locale), people.zoneOf(userId));
        card.about(getTranslation("contract.report.dueOn"), AssuranceDisplay.date(tasks.dueOnOfNextReport(contract),
                locale));
        Checkbox changes = new Checkbox(getTranslation("contract.report.changesReported"));
        changes.setId("report-changes");
        TextArea note = new TextArea(getTranslation("contract.report.note"));
        note.setId("report-note");
        note.setHelperText(getTranslation("contract.report.note.help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        Button submit = card.completeButton();
        submit.setId("task-action-report");
        submit.addClickListener(e -> {
            try {
                tasks.submitReport(task.taskId(), userId, changes.getValue(), note.getValue());
                Notification.show(getTranslation("visit.task.done"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                if (fromInbox) {
                    getUI().ifPresent(ui -> ui.navigate("inbox"));
                } else {
                    reload();
                }
            } catch (InvalidAssuranceRequestException invalid) {
                note.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                note.setInvalid(true);
            } catch (TaskActionRefusedException gone) {
                Notification.show(getTranslation("visit.task.gone"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                reload();
            }
        });
        card.add(changes, note, submit);
        add(card);
    }

    private void secureTask(ClassifiedContract contract, InboxRow task, Locale locale) {
        TaskCard card = new TaskCard("clearance.task." + task.taskKey(), "clearance.task.help." + task.taskKey());
        card.setId("task-panel");
        card.showSituation(tasks.situation(task, locale), people.zoneOf(userId));
        card.about(getTranslation("contract.clearanceChange"), clearanceChange(contract, locale));
        card.about(getTranslation("contract.items.released"), String.valueOf(contract.getItems().stream()
                .filter(ContractItem::isReleased).count()));
        TextArea note = new TextArea(getTranslation("contract.secured.note"));
        note.setId("secured-note");
        note.setHelperText(getTranslation("contract.secured.note.help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        Button done = card.completeButton();
        done.setId("task-action-secure");
        done.addClickListener(e -> {
            try {
                tasks.secureInformation(task.taskId(), userId, note.getValue());
                Notification.show(getTranslation("visit.task.done"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                if (fromInbox) {
                    getUI().ifPresent(ui -> ui.navigate("inbox"));
                } else {
                    reload();
                }
            } catch (InvalidAssuranceRequestException invalid) {
                note.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                note.setInvalid(true);
            } catch (TaskActionRefusedException gone) {
                Notification.show(getTranslation("visit.task.gone"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                reload();
            }
        });
        card.add(note, done);
        add(card);
    }

    /** "Nordwerk … Werk Bremen: suspended on 02.12.2026". */
    private String clearanceChange(ClassifiedContract contract, Locale locale) {
        return getTranslation("contract.clearanceChange.text", contract.getClearanceChangedSubject(),
                getTranslation("visit.clearanceChange." + contract.getClearanceChangedTo()),
                Dates.formatDateTime(contract.getClearanceChangedAt().toInstant(), people.zoneOf(userId), locale));
    }

    private Component closeOut(ClassifiedContract contract) {
        VerticalLayout section = section("contract.close", "contract.close.lead");
        TextArea note = new TextArea(getTranslation("contract.close.note"));
        note.setId("close-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        FieldProblemDisplay problems = new FieldProblemDisplay(this, getLocale());
        problems.register("closeNote", note);
        Button close = new Button(getTranslation("contract.close.action"), e -> act(() -> contracts.close(reference,
                contract.getVersion(), note.getValue(), userId), problems, "contract.close.done"));
        close.setId("close-contract");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(note, close);
        return section;
    }

    /** Runs a change; shows its field problems in place, a conflict as such, and reads the contract again. */
    private void act(Runnable change, FieldProblemDisplay problems, String doneKey) {
        try {
            change.run();
            Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InvalidAssuranceRequestException invalid) {
            List<String> unshown = problems == null ? invalid.problems().stream()
                    .map(p -> getTranslation(p.messageKey())).toList() : problems.show(invalid.problems());
            if (!unshown.isEmpty()) {
                Notification.show(String.join(" ", unshown), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        } catch (ContractChangedException | ContractClosedException changed) {
            changedMeanwhile();
            reload();
        }
    }

    private void changedMeanwhile() {
        Notification.show(getTranslation("contract.changedMeanwhile"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private VerticalLayout section(String titleKey, String leadKey) {
        Span lead = new Span(getTranslation(leadKey));
        lead.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), lead);
        section.setPadding(false);
        section.setSpacing(false);
        section.getStyle().set("gap", "var(--lumo-space-s)");
        return section;
    }

    private static FlexLayout row(Component... components) {
        FlexLayout row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }


    @Override
    public String getPageTitle() {
        return reference;
    }
}

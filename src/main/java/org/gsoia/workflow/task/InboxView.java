package org.gsoia.workflow.task;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.DualMarkingFormatter;
import org.gsoia.workflow.agreement.OrganisationDirectory;
import org.gsoia.workflow.agreement.calendar.WorkingDayCalendars;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.ControlCharacters;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.web.FieldWidths;
import org.gsoia.workflow.web.SelectionLabels;

/**
 * The inbox: every open task the user may work on, for every procedure, with the case's business data, server-side
 * sorting and paging, saved filters and bulk actions. It polls for changes and reloads without losing the user's
 * selection or scroll position.
 */
@Route("inbox")
@RolesAllowed({Role.APPLICANT_ROLE, Role.AUTHORITY_ROLE, Role.HOST_FACILITY_ROLE})
@Menu(order = 5, title = "nav.inbox", icon = "vaadin:inbox")
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final TaskInbox inbox;
    private final SavedFilters savedFilters;
    private final OrganisationDirectory organisations;
    private final DualMarkingFormatter marking;
    private final Agreements agreements;
    private final People people;
    private final WorkingDayCalendars calendars;
    private final String userId;
    private final boolean sharesTasks;

    final Select<InboxScope> scope = new Select<>();
    final Select<String> procedure = new Select<>();
    final Select<String> party = new Select<>();
    final Select<DueState> due = new Select<>();
    final TextField reference = new TextField();
    final Select<SavedFilter> saved = new Select<>();
    final Grid<InboxRow> grid = new Grid<>();
    final Button claim = new Button();
    final Button release = new Button();
    final ComboBox<Colleague> colleague = new ComboBox<>();
    final Button assign = new Button();
    final Span summary = new Span();
    private String lastStamp = "";
    private InboxFilter shownFilter;
    /**
     * Names and markings of the rows on screen: each takes queries (user, organisation, equivalence), and a page
     * repeats the same few values; forgotten on every reload, so renamed users show up with the next one.
     */
    private final Map<String, String> shownTexts = new HashMap<>();
    private Registration polling;

    private final java.time.Duration sessionTimeout;
    private java.time.Instant lastActivity = java.time.Instant.now();

    InboxView(TaskInbox inbox, SavedFilters savedFilters, OrganisationDirectory organisations,
              DualMarkingFormatter marking, Agreements agreements, People people, WorkingDayCalendars calendars,
              CurrentUser currentUser,
              @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout:30m}")
              java.time.Duration sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
        // a click or a key anywhere in the inbox is the user at work; the refreshes by polling are not
        getElement().addEventListener("click", e -> userActiveAt(java.time.Instant.now()));
        getElement().addEventListener("keydown", e -> userActiveAt(java.time.Instant.now()));
        this.calendars = calendars;
        this.inbox = inbox;
        this.savedFilters = savedFilters;
        this.organisations = organisations;
        this.marking = marking;
        this.agreements = agreements;
        this.people = people;
        this.userId = currentUser.userId().orElseThrow();
        addClassNames("gsoia-view", "gsoia-inbox");
        setPadding(false);
        // claiming and handing over are for authorities and host facilities, whose tasks are offered to a group;
        // an applicant's tasks are the applicant's own
        sharesTasks = currentUser.hasAnyRole(Role.AUTHORITY, Role.HOST_FACILITY);
        Paragraph lead = new Paragraph(getTranslation(sharesTasks ? "inbox.lead" : "inbox.lead.own"));
        lead.addClassName("gsoia-lead");
        add(new H2(getTranslation("nav.inbox")), lead, filters());
        if (sharesTasks) {
            add(actions());
        } else {
            summary.setId("inbox-summary");
            summary.addClassName("gsoia-inbox-summary");
            add(summary);
        }
        add(grid());
        setSizeFull();
        expand(grid);
        applyFilter(InboxFilter.all());
        reload();
    }

    private Div filters() {
        scope.setId("inbox-scope");
        scope.setLabel(getTranslation("inbox.scope"));
        scope.setItems(InboxScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("inbox.scope." + s.name()));

        procedure.setId("inbox-procedure");
        procedure.setLabel(getTranslation("inbox.procedure"));
        List<String> procedures = new ArrayList<>();
        procedures.add("");
        procedures.addAll(inbox.procedures().keySet());
        procedure.setItems(procedures);
        procedure.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("inbox.any") : getTranslation(inbox.procedureNameKey(p)));

        party.setId("inbox-party");
        party.setLabel(getTranslation("inbox.party"));
        List<String> parties = new ArrayList<>();
        parties.add("");
        parties.addAll(agreements.parties());
        party.setItems(parties);
        party.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("inbox.any") : organisations.partyName(p, getLocale()));

        due.setId("inbox-due");
        due.setLabel(getTranslation("inbox.due"));
        due.setItems(DueState.values());
        due.setItemLabelGenerator(d -> getTranslation("inbox.due." + d.name()));

        reference.setId("inbox-reference");
        reference.setLabel(getTranslation("inbox.reference"));
        reference.setPlaceholder(getTranslation("inbox.reference.placeholder"));
        reference.setMaxLength(InboxFilter.MAX_TEXT);
        reference.setClearButtonVisible(true);
        reference.setValueChangeMode(ValueChangeMode.LAZY);

        scope.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        procedure.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        party.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        due.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        reference.addValueChangeListener(e -> filterChanged(e.isFromClient()));

        saved.setId("inbox-saved");
        saved.setLabel(getTranslation("inbox.savedFilters"));
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("inbox.savedFilter.none"));
        saved.setItemLabelGenerator(f -> f == null ? getTranslation("inbox.savedFilter.none") : f.name());
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                applyFilter(e.getValue().filter());
            }
        });
        reloadSavedFilters(null);
        Button save = new Button(getTranslation("inbox.savedFilter.save"), VaadinIcon.BOOKMARK.create(), e -> openSaveDialog());
        save.setId("inbox-save-filter");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> deleteSavedFilter());
        delete.setId("inbox-delete-filter");
        delete.setAriaLabel(getTranslation("inbox.savedFilter.delete"));
        delete.setTooltipText(getTranslation("inbox.savedFilter.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        // each select as wide as its longest choice in the reader's language: nothing is cut off
        FieldWidths.fit(scope, java.util.Arrays.stream(InboxScope.values())
                .map(s -> getTranslation("inbox.scope." + s.name())).toList());
        FieldWidths.fit(procedure, procedures.stream().map(p -> p.isEmpty() ? getTranslation("inbox.any")
                : getTranslation(inbox.procedureNameKey(p))).toList());
        FieldWidths.fit(party, parties.stream().map(p -> p.isEmpty() ? getTranslation("inbox.any")
                : organisations.partyName(p, getLocale())).toList());
        FieldWidths.fit(due, java.util.Arrays.stream(DueState.values())
                .map(d -> getTranslation("inbox.due." + d.name())).toList());
        FieldWidths.fit(reference, List.of(getTranslation("inbox.reference.placeholder")));
        Div bar = new Div(scope, procedure, party, due, reference, saved, save, delete);
        bar.addClassName("gsoia-filter-bar");
        return bar;
    }

    private HorizontalLayout actions() {
        claim.setText(getTranslation("inbox.claim"));
        claim.setIcon(VaadinIcon.HAND.create());
        claim.setId("inbox-claim");
        claim.addClickListener(e -> bulkClaim());
        release.setText(getTranslation("inbox.release"));
        release.setId("inbox-release");
        release.addClickListener(e -> releaseSelected());
        colleague.setId("inbox-colleague");
        colleague.setLabel(getTranslation("inbox.colleague"));
        colleague.setItemLabelGenerator(c -> c.displayName().isBlank() ? c.userId() : c.displayName());
        assign.setText(getTranslation("inbox.assign"));
        assign.setId("inbox-assign");
        assign.addClickListener(e -> bulkAssign());
        summary.setId("inbox-summary");
        summary.addClassName("gsoia-inbox-summary");
        HorizontalLayout bar = new HorizontalLayout(claim, release, colleague, assign, summary);
        bar.addClassName("gsoia-inbox-actions");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        updateActions(Set.of());
        return bar;
    }

    private Grid<InboxRow> grid() {
        grid.setId("inbox-grid");
        grid.addClassName("gsoia-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (sharesTasks) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            SelectionLabels.apply(grid, row -> getTranslation("inbox.select", row.reference(),
                    getTranslation(inbox.taskNameKey(row))), getTranslation("inbox.selectAll"));
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        grid.setPageSize(50);
        grid.setMultiSort(false);
        grid.addComponentColumn(row -> {
            Anchor open = new Anchor(taskLink(row), row.reference());
            open.getElement().setAttribute("router-link", true);
            open.addClassName("gsoia-inbox-reference");
            Anchor caseFile = new Anchor("cases/" + row.reference(), VaadinIcon.FOLDER_OPEN_O.create());
            caseFile.getElement().setAttribute("router-link", true);
            caseFile.getElement().setAttribute("aria-label", getTranslation("inbox.caseFile", row.reference()));
            caseFile.getElement().setAttribute("title", getTranslation("inbox.caseFile", row.reference()));
            caseFile.addClassName("gsoia-inbox-casefile");
            Div cell = new Div(open, caseFile);
            cell.addClassName("gsoia-inbox-reference-cell");
            return cell;
        }).setHeader(getTranslation("inbox.reference")).setKey(InboxSort.REFERENCE.name()).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Div task = new Div(new Span(getTranslation(inbox.taskNameKey(row))));
            Span procedureName = new Span(getTranslation(inbox.procedureNameKey(row.procedureKey())));
            procedureName.addClassName("gsoia-inbox-procedure");
            task.add(procedureName);
            task.addClassName("gsoia-inbox-task");
            return task;
        }).setHeader(getTranslation("inbox.task")).setKey(InboxSort.TASK.name()).setSortable(true).setFlexGrow(2)
                .setWidth("9em");
        grid.addColumn(row -> row.organisationId() == null ? "" : shownTexts.computeIfAbsent(
                        "organisation:" + row.organisationId(), key -> organisations.displayName(row.organisationId(), getLocale())))
                .setHeader(getTranslation("inbox.organisation")).setFlexGrow(2).setWidth("9em");
        grid.addComponentColumn(this::level).setHeader(getTranslation("inbox.level")).setKey(InboxSort.LEVEL.name())
                .setSortable(true).setFlexGrow(0).setWidth("10em");
        grid.addComponentColumn(row -> {
            Div cell = new Div();
            if (row.due() != null) {
                cell.add(new Text(dueDate(row)));
            }
            DueState state = inbox.dueState(row);
            if (state != DueState.ON_TIME) {
                Span badge = new Span(getTranslation("inbox.badge." + state.name()));
                badge.getElement().getThemeList().add(state == DueState.OVERDUE ? "badge error" : "badge contrast");
                badge.addClassName("gsoia-due-badge");
                cell.add(new Text(" "), badge);
            }
            return cell;
        }).setHeader(getTranslation("inbox.dueAt")).setKey(InboxSort.DUE.name()).setSortable(true).setFlexGrow(0)
                .setWidth("7.5em");
        grid.addColumn(this::assignee).setHeader(getTranslation("inbox.assignee")).setKey(InboxSort.ASSIGNEE.name())
                .setSortable(true).setFlexGrow(1).setWidth("7.5em");
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(InboxSort.DUE.name()), SortDirection.ASCENDING)));
        grid.setItems(query -> {
            InboxSort sort = InboxSort.DUE;
            boolean ascending = true;
            if (!query.getSortOrders().isEmpty()) {
                sort = InboxSort.valueOf(query.getSortOrders().get(0).getSorted());
                ascending = query.getSortOrders().get(0).getDirection() == SortDirection.ASCENDING;
            }
            return inbox.page(userId, currentFilter(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }).setIdentifierProvider(InboxRow::taskId);
        // the grid pages without a total (it grows as the user scrolls); the summary counts up to a limit
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        if (sharesTasks) {
            grid.addSelectionListener(e -> updateActions(e.getAllSelectedItems()));
        }
        return grid;
    }

    /**
     * Deadlines are the end of a day (the first instant of the next one): shown as that day, in the time zone of
     * the party that holds the task, which is where the officers read it.
     */
    private String dueDate(InboxRow row) {
        ZoneId zone = row.partyCode() == null ? ZoneId.systemDefault() : calendars.forParty(row.partyCode()).zone();
        return Dates.shortFormatter(getLocale())
                .format(row.due().minusMillis(1).atZone(zone));
    }

    /** The dual marking, each party's side on a line of its own that never breaks. */
    private Component level(InboxRow row) {
        Div cell = new Div();
        cell.addClassName("gsoia-marking-sides");
        if (row.levelId() == null || row.agreementId() == null || row.levelParty() == null) {
            return cell;
        }
        String sides = shownTexts.computeIfAbsent("level:" + row.agreementId() + "/" + row.levelId(), key ->
                String.join("\n", marking.sides(row.agreementId(), row.levelId(),
                        agreements.otherParty(row.levelParty()), getLocale())));
        for (String side : sides.split("\n")) {
            // a marking (VS-VERTRAULICH, 極秘 (Gokuhi)) never breaks inside; alternatives and the party code may
            // go to the next line
            Div line = new Div();
            String[] parts = side.split("(?= · )|(?<= / )");
            for (String part : parts) {
                Span piece = new Span(part);
                piece.addClassName("gsoia-nowrap");
                line.add(piece);
            }
            cell.add(line);
        }
        return cell;
    }

    private String assignee(InboxRow row) {
        if (row.assignee() == null) {
            return getTranslation("inbox.unassigned");
        }
        return row.owner() != null && !row.owner().equals(row.assignee())
                ? getTranslation("inbox.assignedBy", name(row.assignee()), name(row.owner())) : name(row.assignee());
    }

    private String name(String userId) {
        return shownTexts.computeIfAbsent("user:" + userId,
                key -> people.name(userId, getLocale()));
    }

    private String taskLink(InboxRow row) {
        return inbox.taskRoute(row) + "?task=" + row.taskId() + "&from=inbox";
    }

    private void open(InboxRow row) {
        // the task may have been completed meanwhile: check before leaving the inbox
        if (inbox.find(userId, row.taskId()).isEmpty()) {
            refused(new TaskActionRefusedException(TaskActionRefusedException.Reason.GONE, row.taskId()));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(taskLink(row)));
    }

    InboxFilter currentFilter() {
        // the inbox finds no case for such a text; the field says why
        boolean refused = ControlCharacters.inLine(reference.getValue());
        reference.setInvalid(refused);
        reference.setErrorMessage(refused ? getTranslation(ControlCharacters.MESSAGE_KEY) : null);
        return new InboxFilter(scope.getValue(), procedure.getValue(), party.getValue(), due.getValue(),
                reference.getValue());
    }

    void applyFilter(InboxFilter filter) {
        scope.setValue(filter.scope());
        procedure.setValue(filter.procedureKey() == null ? "" : filter.procedureKey());
        party.setValue(filter.partyCode() == null ? "" : filter.partyCode());
        due.setValue(filter.dueState());
        reference.setValue(filter.referenceText() == null ? "" : filter.referenceText());
    }

    private void filterChanged(boolean byUser) {
        InboxFilter filter = currentFilter();
        if (filter.equals(shownFilter)) {
            return; // e.g. a late value from a text field that ends where it started
        }
        shownFilter = filter;
        if (byUser) {
            saved.clear(); // the shown filter is no longer the saved one
        }
        grid.deselectAll(); // bulk actions act on what the user sees
        reload();
    }

    /** Reloads rows and count; the grid keeps its scroll position and (ids being stable) its selection. */
    void reload() {
        shownTexts.clear();
        grid.getDataProvider().refreshAll();
        int count = inbox.count(userId, currentFilter());
        summary.setText(count > TaskInbox.COUNT_LIMIT ? getTranslation("inbox.countMore", TaskInbox.COUNT_LIMIT)
                : getTranslation("inbox.count", count));
    }

    private void reloadSavedFilters(SavedFilter selected) {
        List<SavedFilter> filters = savedFilters.of(userId);
        saved.setItems(filters);
        saved.setEnabled(!filters.isEmpty());
        if (selected != null) {
            filters.stream().filter(f -> f.id() == selected.id()).findFirst().ifPresent(saved::setValue);
        }
    }

    private void openSaveDialog() {
        Dialog dialog = new Dialog(getTranslation("inbox.savedFilter.save"));
        TextField name = new TextField(getTranslation("inbox.savedFilter.name"));
        name.setId("inbox-filter-name");
        name.setMaxLength(SavedFilters.MAX_NAME);
        name.setRequired(true);
        name.setWidthFull();
        if (saved.getValue() != null) {
            name.setValue(saved.getValue().name());
        }
        Button ok = new Button(getTranslation("inbox.savedFilter.save"), e -> {
            try {
                SavedFilter filter = savedFilters.save(userId, name.getValue(), currentFilter());
                reloadSavedFilters(filter);
                dialog.close();
                notify("inbox.savedFilter.saved", NotificationVariant.LUMO_SUCCESS, filter.name());
            } catch (IllegalArgumentException invalid) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(invalid.getMessage(),
                        invalid.getMessage().endsWith("tooMany") ? SavedFilters.MAX_PER_USER : SavedFilters.MAX_NAME));
            }
        });
        ok.setId("inbox-filter-save-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("inbox.cancel"), e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void deleteSavedFilter() {
        SavedFilter filter = saved.getValue();
        if (filter == null) {
            notify("inbox.savedFilter.chooseFirst", NotificationVariant.LUMO_CONTRAST);
            return;
        }
        savedFilters.delete(userId, filter.id());
        reloadSavedFilters(null);
        notify("inbox.savedFilter.deleted", NotificationVariant.LUMO_SUCCESS, filter.name());
    }

    private void updateActions(Set<InboxRow> selected) {
        if (!sharesTasks) {
            return;
        }
        boolean any = !selected.isEmpty();
        claim.setEnabled(any && selected.stream().anyMatch(r -> r.assignee() == null));
        release.setEnabled(any && selected.stream().allMatch(r -> userId.equals(r.assignee())));
        List<Colleague> colleagues = any ? inbox.colleagues(selected.stream().map(InboxRow::taskId).toList()) : List.of();
        colleague.setItems(colleagues);
        colleague.setEnabled(!colleagues.isEmpty());
        assign.setEnabled(!colleagues.isEmpty());
    }

    private void bulkClaim() {
        List<String> ids = grid.getSelectedItems().stream().filter(r -> r.assignee() == null).map(InboxRow::taskId).toList();
        report(inbox.claimAll(userId, ids), "inbox.claimed");
    }

    private void releaseSelected() {
        int done = 0;
        List<TaskActionRefusedException> refused = new ArrayList<>();
        for (InboxRow row : grid.getSelectedItems()) {
            try {
                inbox.unclaim(userId, row.taskId());
                done++;
            } catch (TaskActionRefusedException refusal) {
                refused.add(refusal);
            }
        }
        report(new BulkResult(done, refused), "inbox.released");
    }

    private void bulkAssign() {
        Colleague to = colleague.getValue();
        if (to == null) {
            colleague.setInvalid(true);
            colleague.setErrorMessage(getTranslation("inbox.colleague.required"));
            return;
        }
        List<String> ids = grid.getSelectedItems().stream().map(InboxRow::taskId).toList();
        report(inbox.assignAll(userId, ids, to.userId()), "inbox.assigned");
        colleague.clear();
    }

    private void report(BulkResult result, String doneKey) {
        if (result.done() > 0) {
            notify(doneKey, NotificationVariant.LUMO_SUCCESS, result.done());
        }
        result.refused().stream().findFirst().ifPresent(this::refused);
        if (result.refused().isEmpty()) {
            grid.deselectAll();
        }
        reload();
        updateActions(grid.getSelectedItems());
    }

    void refused(TaskActionRefusedException refusal) {
        notify(refusal.messageKey(), NotificationVariant.LUMO_WARNING);
        reload();
    }

    private void notify(String key, NotificationVariant variant, Object... params) {
        Notification notification = Notification.show(getTranslation(key, params), 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.addClassName("gsoia-inbox-notification");
    }

    /** Reloads the grid when the read model changed since the last look; selection survives (ids are stable). */
    void refreshIfChanged() {
        String stamp = inbox.changeStamp();
        if (!stamp.equals(lastStamp)) {
            lastStamp = stamp;
            reload();
        }
    }

    /**
     * Polling keeps the session alive (Vaadin counts a poll as activity, unlike its heartbeat), so an inbox left open
     * on an unattended screen would never be logged out: once nobody has clicked or typed in it for the session's
     * timeout, it stops polling, and the session then ends like any idle one ({@code vaadin.closeIdleSessions}).
     */
    @Override
    protected void onAttach(AttachEvent event) {
        lastStamp = inbox.changeStamp();
        userActiveAt(java.time.Instant.now());
        event.getUI().setPollInterval((int) inbox.settings().pollInterval().toMillis());
        polling = event.getUI().addPollListener(e -> {
            if (java.time.Duration.between(lastActivity, java.time.Instant.now()).compareTo(sessionTimeout) >= 0) {
                e.getSource().setPollInterval(-1);
                return;
            }
            refreshIfChanged();
        });
    }

    void userActiveAt(java.time.Instant moment) {
        lastActivity = moment;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " – " + getTranslation("app.name");
    }
}

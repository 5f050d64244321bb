package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.clearance.ChangeNotice;
import org.gsoia.workflow.clearance.ChangeNoticeTasks;
import org.gsoia.workflow.clearance.ChangeNotices;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.security.CurrentUser;
import org.gsoia.workflow.security.Role;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.task.TaskCard;
import org.gsoia.workflow.web.WrittenText;
import org.gsoia.workflow.web.Facts;

/**
 * A clearance change notice (R-FC-06) as the other party's industrial-security officers take note of it, and as the
 * notifying authority reads whether they did: facility, old and new status and level, date, category. The detailed
 * reasons stay with the notifying party.
 */
@Route("clearance-notices/:reference")
@RolesAllowed(Role.AUTHORITY_ROLE)
class ChangeNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChangeNotices notices;
    private final ChangeNoticeTasks tasks;
    private final AssuranceDisplay display;
    private final People people;
    private final String userId;
    private String reference = "";
    private boolean fromInbox;

    ChangeNoticeView(ChangeNotices notices, ChangeNoticeTasks tasks, AssuranceDisplay display, People people,
                     CurrentUser currentUser) {
        this.notices = notices;
        this.tasks = tasks;
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
        ChangeNotice notice = notices.find(reference, userId).orElse(null);
        if (notice == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(notice);
    }

    private void render(ChangeNotice n) {
        removeAll();
        Locale locale = getLocale();
        Anchor caseFile = new Anchor("cases/" + n.getReference(), getTranslation("casefile.link"));
        Span status = new Span(getTranslation(n.getNotedAt() == null ? "notice.status.open" : "notice.status.noted"));
        status.setId("notice-status");
        status.getElement().getThemeList().add(n.getNotedAt() == null ? "badge error" : "badge success");
        HorizontalLayout title = new HorizontalLayout(new H2(n.getReference()), status, caseFile);
        title.setAlignItems(Alignment.CENTER);
        title.addClassName("gsoia-wrap");
        Paragraph lead = new Paragraph(getTranslation("notice.lead"));
        lead.addClassName("gsoia-lead");
        add(title, lead);

        List<InboxRow> open = tasks.openTasksOf(n.getReference(), userId);
        if (!open.isEmpty()) {
            InboxRow task = open.get(0);
            TaskCard card = new TaskCard("clearance.task." + task.taskKey(), "clearance.task.help." + task.taskKey());
            card.setId("task-panel");
            card.showSituation(tasks.situation(task, getLocale()), people.zoneOf(userId));
            TextArea note = new TextArea(getTranslation("notice.note"));
            note.setId("notice-note");
            note.setWidthFull();
            note.setMaxLength(2000);
            Button noted = card.completeButton();
            noted.setId("task-action-noted");
            noted.addClickListener(e -> {
                try {
                    tasks.takeNote(task.taskId(), userId, note.getValue());
                    Notification.show(getTranslation("visit.task.done"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    if (fromInbox) {
                        getUI().ifPresent(ui -> ui.navigate("inbox"));
                    } else {
                        notices.find(reference, userId).ifPresent(this::render);
                    }
                } catch (InvalidAssuranceRequestException invalid) {
                    note.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                    note.setInvalid(true);
                } catch (TaskActionRefusedException gone) {
                    Notification.show(getTranslation("visit.task.gone"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    notices.find(reference, userId).ifPresent(this::render);
                }
            });
            card.add(note, noted);
            add(card);
        }

        Facts facts = new Facts();
        facts.setId("notice-facts");
        facts.fact("notice.facility", display.facilityWithOwner(n.getFacilityId(), locale));
        facts.fact("notice.change", getTranslation("notice.changedTo." + n.getChangedTo()));
        facts.fact("notice.levelBefore", levelOf(n.getLevelBeforeId(), locale));
        facts.fact("notice.levelAfter", levelOf(n.getLevelAfterId(), locale));
        facts.fact("notice.changedOn", Dates.format(n.getChangedAt().toLocalDate(), locale));
        facts.fact("notice.from", display.authority(n.getNotifyingAuthorityId(), locale));
        facts.fact("notice.actions", getTranslation("notice.actions.text"));
        if (n.getNotedAt() != null) {
            facts.fact("notice.notedBy", Dates.formatDateTime(n.getNotedAt().toInstant(), people.zoneOf(userId),
                    locale) + " · " + people.nameAndOrganisation(n.getNotedBy(), locale)
                    + (n.getNote() == null ? "" : ": " + WrittenText.plain(n.getNote(), n.getNoteLanguage(), locale,
                    this)));
        }
        add(facts);
    }

    private String levelOf(String levelId, Locale locale) {
        return display.levelOfItsParty(levelId, locale);
    }


    @Override
    public String getPageTitle() {
        return reference;
    }
}

package org.gsoia.workflow.clearance.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.clearance.InvalidAssuranceRequestException;
import org.gsoia.workflow.clearance.PersonnelClearance;
import org.gsoia.workflow.clearance.PscReminder;
import org.gsoia.workflow.clearance.PscReminderTasks;
import org.gsoia.workflow.clearance.PscReminders;
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
 * An expiry reminder of a personnel clearance (R-FC-08) as the facility's security officer deals with it (renewal
 * applied for, or the clearance lapses) and as the person's party's authorities read it.
 */
@Route("personnel-reminders/:reference")
@RolesAllowed({Role.APPLICANT_ROLE, Role.HOST_FACILITY_ROLE, Role.AUTHORITY_ROLE})
class PscReminderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PscReminders reminders;
    private final PscReminderTasks tasks;
    private final AssuranceDisplay display;
    private final People people;
    private final String userId;
    private String reference = "";
    private boolean fromInbox;

    PscReminderView(PscReminders reminders, PscReminderTasks tasks, AssuranceDisplay display, People people,
                    CurrentUser currentUser) {
        this.reminders = reminders;
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
        PscReminder reminder = reminders.find(reference, userId).orElse(null);
        if (reminder == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(reminder);
    }

    private void render(PscReminder reminder) {
        removeAll();
        Locale locale = getLocale();
        PersonnelClearance clearance = reminders.clearanceOf(reminder);
        Span status = new Span(getTranslation(reminder.getOutcome() == null ? "reminder.status.open"
                : "reminder.status.done"));
        status.setId("reminder-status");
        status.getElement().getThemeList().add(reminder.getOutcome() == null ? "badge contrast" : "badge success");
        HorizontalLayout title = new HorizontalLayout(new H2(reminder.getReference()), status,
                new Anchor("cases/" + reminder.getReference(), getTranslation("casefile.link")));
        title.setAlignItems(Alignment.CENTER);
        add(title);
        List<InboxRow> open = tasks.openTasksOf(reminder.getReference(), userId);
        if (!open.isEmpty()) {
            InboxRow task = open.get(0);
            TaskCard card = new TaskCard("clearance.task." + task.taskKey(), "clearance.task.help." + task.taskKey());
            card.setId("task-panel");
            card.showSituation(tasks.situation(task, getLocale()), people.zoneOf(userId));
            card.about(getTranslation("psc.person"), clearance.getNamePassport() + " / " + clearance.getNameNative());
            card.about(getTranslation("psc.expiresOn"), AssuranceDisplay.date(reminder.getExpiresOn(), locale));
            RadioButtonGroup<PscReminder.Outcome> outcome = new RadioButtonGroup<>(getTranslation("reminder.outcome"));
            outcome.setId("reminder-outcome");
            outcome.setItems(PscReminder.Outcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation("reminder.outcome." + o.name()));
            TextArea note = new TextArea(getTranslation("reminder.note"));
            note.setId("reminder-note");
            note.setWidthFull();
            note.setMaxLength(2000);
            Button done = card.completeButton();
            done.setId("task-action-reminder");
            done.addClickListener(e -> {
                if (outcome.getValue() == null) {
                    outcome.setErrorMessage(getTranslation("validation.choose"));
                    outcome.setInvalid(true);
                    return;
                }
                try {
                    tasks.dealWith(task.taskId(), userId, outcome.getValue(), note.getValue());
                    Notification.show(getTranslation("visit.task.done"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    if (fromInbox) {
                        getUI().ifPresent(ui -> ui.navigate("inbox"));
                    } else {
                        reminders.find(reference, userId).ifPresent(this::render);
                    }
                } catch (InvalidAssuranceRequestException invalid) {
                    note.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                    note.setInvalid(true);
                } catch (TaskActionRefusedException gone) {
                    Notification.show(getTranslation("visit.task.gone"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    reminders.find(reference, userId).ifPresent(this::render);
                }
            });
            card.add(outcome, note, done);
            add(card);
        }
        Facts facts = new Facts();
        facts.setId("reminder-facts");
        facts.fact("psc.person", clearance.getNamePassport() + " / " + clearance.getNameNative());
        facts.fact("psc.facility", clearance.getFacilityId() == null ? "–"
                : display.facility(clearance.getFacilityId(), locale));
        facts.fact("psc.clearance", getTranslation("psc.scheme." + clearance.getScheme()) + " · "
                + display.level(clearance.getLevelId(), clearance.getPartyCode(), locale));
        facts.fact("psc.expiresOn", AssuranceDisplay.date(reminder.getExpiresOn(), locale));
        facts.fact("reminder.daysBefore", getTranslation("reminder.daysBefore.value", reminder.getDaysBefore()));
        if (reminder.getOutcome() != null) {
            facts.fact("reminder.outcome", getTranslation("reminder.outcome." + reminder.getOutcome().name()) + " · "
                    + Dates.formatDateTime(reminder.getDealtWithAt().toInstant(), people.zoneOf(userId), locale)
                    + " · " + people.nameAndOrganisation(reminder.getDealtWithBy(), locale)
                    + (reminder.getNote() == null ? "" : ": " + WrittenText.plain(reminder.getNote(),
                    reminder.getNoteLanguage(), locale, this)));
        }
        add(facts);
    }


    @Override
    public String getPageTitle() {
        return reference;
    }
}

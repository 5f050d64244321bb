package org.gsoia.workflow.clearance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.gsoia.workflow.clearance.process.PscReminderProcess;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facility's security officer deals with an expiry reminder: renewal applied for, or the clearance lapses. */
@Service
public class PscReminderTasks {

    private final PscReminderRepository reminders;
    private final UserTasks userTasks;
    private final People people;
    private final Clock clock;

    PscReminderTasks(PscReminderRepository reminders, UserTasks userTasks, People people, Clock clock) {
        this.reminders = reminders;
        this.userTasks = userTasks;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String reference, String userId) {
        return userTasks.workableOf(reference, userId, PscReminderProcess.PROCESS_KEY);
    }

    /** Where an open task stands (who holds it, since when, its deadline), in the reader's words. */
    @Transactional(readOnly = true)
    public org.gsoia.workflow.task.TaskSituation situation(InboxRow task, java.util.Locale locale) {
        return userTasks.situation(task, locale);
    }

    @Transactional
    public void dealWith(String taskId, String userId, PscReminder.Outcome outcome, String note) {
        PscReminders.checkNote(note);
        if (outcome == null) {
            throw new InvalidAssuranceRequestException(List.of(org.gsoia.workflow.procedure.FieldProblem
                    .of("outcome", "validation.choose")));
        }
        InboxRow task = userTasks.take(taskId, userId, PscReminderProcess.PROCESS_KEY,
                PscReminderProcess.RENEW_OR_LET_LAPSE);
        PscReminder reminder = reminders.findByReference(task.reference())
                .orElseThrow(() -> new AssuranceRequestNotFoundException(task.reference()));
        String text = note == null || note.isBlank() ? null : note.strip();
        reminder.dealtWith(outcome, text, people.languageOf(userId), userId, OffsetDateTime.now(clock));
        userTasks.complete(task, userId, ProcessValues.none(), "PSC_REMINDER_DEALT_WITH", outcome.name());
    }
}

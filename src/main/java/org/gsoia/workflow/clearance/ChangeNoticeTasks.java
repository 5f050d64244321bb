package org.gsoia.workflow.clearance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gsoia.workflow.clearance.AssuranceRequests.Checks;
import org.gsoia.workflow.clearance.process.ChangeNoticeProcess;
import org.gsoia.workflow.procedure.FieldProblem;
import org.gsoia.workflow.procedure.People;
import org.gsoia.workflow.procedure.ProcessValues;
import org.gsoia.workflow.task.InboxRow;
import org.gsoia.workflow.task.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task side of a change notice: the other party's industrial-security officer takes note. */
@Service
public class ChangeNoticeTasks {

    private final ChangeNoticeRepository notices;
    private final UserTasks userTasks;
    private final People people;
    private final Clock clock;

    ChangeNoticeTasks(ChangeNoticeRepository notices, UserTasks userTasks, People people, Clock clock) {
        this.notices = notices;
        this.userTasks = userTasks;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InboxRow> openTasksOf(String reference, String userId) {
        return userTasks.workableOf(reference, userId, ChangeNoticeProcess.PROCESS_KEY);
    }

    /** The other party's officer took note, with an optional note (e.g. which contracts it checked). */
    /** Where an open task stands (who holds it, since when, its deadline), in the reader's words. */
    @Transactional(readOnly = true)
    public org.gsoia.workflow.task.TaskSituation situation(InboxRow task, java.util.Locale locale) {
        return userTasks.situation(task, locale);
    }

    @Transactional
    public void takeNote(String taskId, String userId, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "note", note, AssuranceRequests.MAX_TEXT, false);
        if (!problems.isEmpty()) {
            throw new InvalidAssuranceRequestException(problems);
        }
        InboxRow task = userTasks.take(taskId, userId, ChangeNoticeProcess.PROCESS_KEY,
                ChangeNoticeProcess.TAKE_NOTE_OF_CLEARANCE_CHANGE);
        ChangeNotice notice = notices.findByReference(task.reference())
                .orElseThrow(() -> new AssuranceRequestNotFoundException(task.reference()));
        String text = note == null || note.isBlank() ? null : note.strip();
        notice.noted(text, people.languageOf(userId), userId, OffsetDateTime.now(clock));
        userTasks.complete(task, userId, ProcessValues.none(), "FSC_CHANGE_NOTED", null);
    }
}

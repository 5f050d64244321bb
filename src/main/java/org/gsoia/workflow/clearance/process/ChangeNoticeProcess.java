package org.gsoia.workflow.clearance.process;

import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/clearance-change-notice.bpmn} shares with the code. */
public final class ChangeNoticeProcess {

    public static final String PROCESS_KEY = "clearance-change-notice";

    /** The other party's designated security authority takes note of the change. */
    public static final String TAKE_NOTE_OF_CLEARANCE_CHANGE = "takeNoteOfClearanceChange";

    public static final List<String> USER_TASKS = List.of(TAKE_NOTE_OF_CLEARANCE_CHANGE);

    public static final ProcessVariable<String> RECEIVING_AUTHORITY_GROUP =
            ProcessVariable.start("receivingAuthorityGroup", String.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(RECEIVING_AUTHORITY_GROUP);

    private ChangeNoticeProcess() {
    }
}

package org.gsoia.workflow.clearance.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/facility-inspection.bpmn} shares with the code. */
public final class InspectionProcess {

    public static final String PROCESS_KEY = "facility-inspection";

    /** The facility's party's designated security authority inspects and records the result and the findings. */
    public static final String CARRY_OUT = "carryOutInspection";
    /** The same authority follows the corrective actions to done. */
    public static final String FOLLOW_UP = "followUpCorrectiveActions";

    public static final List<String> USER_TASKS = List.of(CARRY_OUT, FOLLOW_UP);

    /** The authority called the planned inspection off. */
    public static final String MESSAGE_CANCELLED = "InspectionCancelled";

    /** When the inspection's task appears: a lead time before its due date. */
    public static final ProcessVariable<Date> WINDOW_OPENS_AT = ProcessVariable.start("windowOpensAt", Date.class);
    public static final ProcessVariable<String> AUTHORITY_GROUP = ProcessVariable.start("authorityGroup", String.class);
    /** Whether the recorded findings left corrective actions to follow up. */
    public static final ProcessVariable<Boolean> ACTIONS_OPEN = ProcessVariable.task("actionsOpen", Boolean.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(WINDOW_OPENS_AT, AUTHORITY_GROUP, ACTIONS_OPEN);

    private InspectionProcess() {
    }
}

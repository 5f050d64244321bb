package org.gsoia.workflow.clearance.process;

import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/psc-reminder-sweep.bpmn} shares with the code: it carries no variables. */
public final class PscReminderSweep {

    public static final String PROCESS_KEY = "psc-reminder-sweep";

    public static final List<ProcessVariable<?>> VARIABLES = List.of();

    private PscReminderSweep() {
    }
}

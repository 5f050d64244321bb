package org.gsoia.workflow.clearance.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/psc-expiry-reminder.bpmn} shares with the code. */
public final class PscReminderProcess {

    public static final String PROCESS_KEY = "psc-expiry-reminder";

    /** The facility's security officers: apply for the renewal, or let the clearance lapse. */
    public static final String RENEW_OR_LET_LAPSE = "renewOrLetLapse";

    public static final List<String> USER_TASKS = List.of(RENEW_OR_LET_LAPSE);

    public static final ProcessVariable<String> FACILITY_GROUP = ProcessVariable.start("facilityGroup", String.class);
    /** The end of the clearance's last valid day, in its party's time zone: the reminder lapses with it. */
    public static final ProcessVariable<Date> EXPIRES_AT = ProcessVariable.start("expiresAt", Date.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(FACILITY_GROUP, EXPIRES_AT);

    private PscReminderProcess() {
    }
}

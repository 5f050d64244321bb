package org.gsoia.workflow.breach.process;

import java.util.Date;
import java.util.List;
import org.gsoia.workflow.procedure.ProcessVariable;

/** Every name {@code processes/transmission-receipt.bpmn} shares with the code. */
public final class TransmissionProcess {

    public static final String PROCESS_KEY = "transmission-receipt";

    /** The recipient's receipt was recorded: the wait ends. */
    public static final String MESSAGE_RECEIVED = "ReceiptRecorded";

    /** The end of the receipt's due day where the sender is: then a possible loss is reported. */
    public static final ProcessVariable<Date> RECEIPT_DUE_AT = ProcessVariable.start("receiptDueAt", Date.class);

    public static final List<ProcessVariable<?>> VARIABLES = List.of(RECEIPT_DUE_AT);

    private TransmissionProcess() {
    }
}

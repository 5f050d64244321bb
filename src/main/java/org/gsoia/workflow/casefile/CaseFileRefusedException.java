package org.gsoia.workflow.casefile;

/**
 * A comment or attachment the case file does not take, with the message for the user as a translation key and its
 * arguments. Nothing was saved.
 */
public class CaseFileRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CaseFileRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

package org.gsoia.workflow.task;

import org.springframework.context.ApplicationContext;

/**
 * Lets the crash harness ({@code reliability.CrashInvariants}) run the inbox's own rebuild inside a transaction it
 * rolls back, so that the live read model can be compared with what a rebuild would write.
 */
public final class InboxRebuildAccess {

    private InboxRebuildAccess() {
    }

    public static void rebuild(ApplicationContext context) {
        context.getBean(InboxRebuild.class).rebuild();
    }
}

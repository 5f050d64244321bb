package org.gsoia.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

    private final Object owner = new Object();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            complete();
        }
    }

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    private static void complete() {
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void withoutATransactionEveryCallReadsAfresh() {
        assertThat(TransactionMemo.remember(owner, "k", this::read)).isEqualTo("answer 1");
        assertThat(TransactionMemo.remember(owner, "k", this::read)).isEqualTo("answer 2");
        assertThat(TransactionMemo.recalls(owner, "k")).isFalse();
    }

    @Test
    void inATransactionAKeyIsReadOnceUntilForgottenOrTheTransactionEnds() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionMemo.remember(owner, "k", this::read)).isEqualTo("answer 1");
        assertThat(TransactionMemo.remember(owner, "k", this::read)).isEqualTo("answer 1");
        assertThat(TransactionMemo.remember(owner, "other", this::read)).isEqualTo("answer 2");
        assertThat(TransactionMemo.remember(new Object(), "k", this::read)).as("another owner").isEqualTo("answer 3");
        assertThat(TransactionMemo.recalls(owner, "k")).isTrue();

        TransactionMemo.forget(owner);
        assertThat(TransactionMemo.recalls(owner, "k")).isFalse();
        assertThat(TransactionMemo.remember(owner, "k", this::read)).isEqualTo("answer 4");

        complete();
        assertThat(TransactionSynchronizationManager.hasResource(owner)).as("unbound at the end").isFalse();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionMemo.remember(owner, "k", this::read)).as("the next transaction").isEqualTo("answer 5");
    }
}

package org.gsoia.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void aTransactionStartedInsideAnotherHasAMemoOfItsOwn() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionMemo.remember(owner, "k", this::read)).isEqualTo("answer 1");

        // what Spring does for REQUIRES_NEW: the outer transaction's synchronizations are suspended
        List<TransactionSynchronization> outer = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionMemo.recalls(owner, "k")).isFalse();
        assertThat(TransactionMemo.remember(owner, "k", this::read)).as("the inner one reads").isEqualTo("answer 2");
        complete();

        TransactionSynchronizationManager.initSynchronization();
        outer.forEach(TransactionSynchronizationManager::registerSynchronization);
        assertThat(TransactionMemo.remember(owner, "k", this::read)).as("the outer one resumed").isEqualTo("answer 1");
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
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionMemo.remember(owner, "k", this::read)).as("the next transaction").isEqualTo("answer 5");
    }
}

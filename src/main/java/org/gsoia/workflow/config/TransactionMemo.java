package org.gsoia.workflow.config;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a read for the rest of the transaction, so that one user action that asks the same question several
 * times (who is this user, which groups is she in) asks the database once. The answers must be immutable values;
 * they are gone when the transaction ends, so nothing goes stale across actions or nodes. Outside a transaction
 * every call reads afresh.
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    /** The value remembered under {@code key} by {@code owner} in this transaction, read with {@code read} first. */
    public static <T> T remember(Object owner, Object key, Supplier<T> read) {
        Map<Object, Object> memo = memoOf(owner, true);
        if (memo == null) {
            return read.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) memo.get(key);
        if (value == null) {
            value = read.get();
            if (value != null) {
                memo.put(key, value);
            }
        }
        return value;
    }

    /** Whether {@code owner} remembered something under {@code key} in this transaction. */
    public static boolean recalls(Object owner, Object key) {
        Map<Object, Object> memo = memoOf(owner, false);
        return memo != null && memo.containsKey(key);
    }

    /** Forgets what {@code owner} remembered in this transaction, e.g. after it changed what it read. */
    public static void forget(Object owner) {
        Map<Object, Object> memo = memoOf(owner, false);
        if (memo != null) {
            memo.clear();
        }
    }

    /**
     * The owner's memo among the transaction's synchronizations, which Spring suspends with the transaction: a
     * transaction started inside it (REQUIRES_NEW) has a memo of its own, and the memo ends with its transaction.
     */
    private static Map<Object, Object> memoOf(Object owner, boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Memo memo && memo.owner == owner) {
                return memo.values;
            }
        }
        if (!create) {
            return null;
        }
        Memo memo = new Memo(owner);
        TransactionSynchronizationManager.registerSynchronization(memo);
        return memo.values;
    }

    private static final class Memo implements TransactionSynchronization {

        private final Object owner;
        private final Map<Object, Object> values = new HashMap<>();

        Memo(Object owner) {
            this.owner = owner;
        }
    }
}

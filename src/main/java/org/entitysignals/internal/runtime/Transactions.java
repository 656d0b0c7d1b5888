package org.entitysignals.internal.runtime;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the {@link WaitingReceivers} of a persistence context's transaction (the "owner": a Hibernate session, an
 * EclipseLink unit of work), attaching a new one on first use through the provider's
 * {@link UnitSignals.TransactionBinding}.
 *
 * <p>The owner's side holds the completion (a Hibernate synchronization, a unit-of-work property), so that it lives
 * exactly as long as the transaction. This lookup holds only weak references: the owner weakly as a key, the
 * completion weakly as a value, since what a completion queues (entities, their proxies) may reach the owner again.
 * A transaction that is never committed nor rolled back (its EntityManager closed and dropped) thus takes its queue
 * with it to the garbage collector.
 */
final class Transactions {

    private static final Map<Object, WeakReference<WaitingReceivers>> OPEN =
            Collections.synchronizedMap(new WeakHashMap<>());
    private static final CopyOnWriteArrayList<UnitSignals.TransactionBinding> BINDINGS = new CopyOnWriteArrayList<>();

    private Transactions() {
    }

    /** Registers a provider's binding; registering the same one again does nothing. */
    static void bind(UnitSignals.TransactionBinding binding) {
        BINDINGS.addIfAbsent(binding);
    }

    /** The owner's completion, attached now if needed; {@code null} when it has no transaction in progress. */
    static WaitingReceivers of(Object owner) {
        synchronized (OPEN) {
            WaitingReceivers open = current(owner);
            if (open != null) {
                return open;
            }
            WaitingReceivers attached = new WaitingReceivers();
            for (UnitSignals.TransactionBinding binding : BINDINGS) {
                if (binding.attach(owner, attached)) {
                    OPEN.put(owner, new WeakReference<>(attached));
                    return attached;
                }
            }
            return null;
        }
    }

    /** The owner's completion, or {@code null} when nothing waits for its transaction. */
    static WaitingReceivers current(Object owner) {
        WeakReference<WaitingReceivers> open = OPEN.get(owner);
        return open == null ? null : open.get();
    }

    /**
     * The owner's transaction completed: its completion, no longer open, or {@code null} when nothing waited.
     */
    static WaitingReceivers take(Object owner) {
        WeakReference<WaitingReceivers> open = OPEN.remove(owner);
        return open == null ? null : open.get();
    }

    /** Transactions with receivers waiting: for tests that check nothing is left behind. */
    static int open() {
        synchronized (OPEN) {
            OPEN.values().removeIf(completion -> completion.get() == null);
            return OPEN.size();
        }
    }
}

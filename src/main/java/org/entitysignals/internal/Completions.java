package org.entitysignals.internal;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the {@link Completion} of a persistence context's transaction (the "owner": a Hibernate session, an
 * EclipseLink unit of work), attaching a new one through the provider's {@link Binding} on first use.
 *
 * <p>The owner's side holds the completion (a Hibernate synchronization, a unit-of-work property), so that it lives
 * exactly as long as the transaction. This lookup holds only weak references: the owner weakly as a key, the
 * completion weakly as a value, since what a completion queues (entities, their proxies) may reach the owner again.
 * A transaction that is never committed nor rolled back (its EntityManager closed and dropped) thus takes its queue
 * with it to the garbage collector.
 */
public final class Completions {

    /** A provider's way to attach a completion to an owner's transaction. */
    @FunctionalInterface
    public interface Binding {
        /**
         * Attaches the completion to the owner's transaction, held by the owner's side.
         *
         * @return {@code false} when the owner is not this provider's, or has no transaction in progress
         */
        boolean attach(Object owner, Completion completion);
    }

    private static final Map<Object, WeakReference<Completion>> OPEN =
            Collections.synchronizedMap(new WeakHashMap<>());
    private static final CopyOnWriteArrayList<Binding> BINDINGS = new CopyOnWriteArrayList<>();

    private Completions() {
    }

    /** Registers a provider's binding; registering the same one again does nothing. */
    public static void bind(Binding binding) {
        BINDINGS.addIfAbsent(binding);
    }

    /** The owner's completion, attached now if needed; {@code null} when it has no transaction in progress. */
    static Completion of(Object owner) {
        synchronized (OPEN) {
            Completion open = current(owner);
            if (open != null) {
                return open;
            }
            Completion attached = new Completion();
            for (Binding binding : BINDINGS) {
                if (binding.attach(owner, attached)) {
                    OPEN.put(owner, new WeakReference<>(attached));
                    return attached;
                }
            }
            return null;
        }
    }

    /** The owner's completion, or {@code null} when nothing waits for its transaction. */
    public static Completion current(Object owner) {
        WeakReference<Completion> open = OPEN.get(owner);
        return open == null ? null : open.get();
    }

    /**
     * The owner's transaction completed: its completion, no longer open, or {@code null} when nothing waited.
     */
    public static Completion take(Object owner) {
        WeakReference<Completion> open = OPEN.remove(owner);
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

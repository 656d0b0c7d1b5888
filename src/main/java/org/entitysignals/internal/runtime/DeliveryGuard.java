package org.entitysignals.internal.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps each callback a single signal when two routes are attached to one persistence unit: the Hibernate
 * integrator signals first, then runs the provider's own callbacks (which may include the mapping-file listener)
 * with signalling suppressed on the current thread.
 */
final class DeliveryGuard {

    private static final ThreadLocal<Boolean> SUPPRESSED = new ThreadLocal<>();
    /** Threads suppressing now: while none does, checking costs a volatile read, not a thread-local lookup. */
    private static final AtomicInteger SUPPRESSING = new AtomicInteger();

    private DeliveryGuard() {
    }

    static boolean isSuppressed() {
        return SUPPRESSING.get() != 0 && SUPPRESSED.get() != null;
    }

    /**
     * Silences the mapping-file listener on this thread until {@link #restore}; returns what to restore.
     * Used as {@code boolean outer = suppress(); try { ... } finally { restore(outer); }}.
     */
    static boolean suppress() {
        boolean outer = SUPPRESSED.get() != null;
        if (!outer) {
            SUPPRESSING.incrementAndGet();
            SUPPRESSED.set(Boolean.TRUE);
        }
        return outer;
    }

    static void restore(boolean outer) {
        if (!outer) {
            SUPPRESSED.remove();
            SUPPRESSING.decrementAndGet();
        }
    }
}

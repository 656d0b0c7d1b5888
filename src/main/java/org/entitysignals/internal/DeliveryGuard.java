package org.entitysignals.internal;

/**
 * Keeps each callback a single signal when two routes are attached to one persistence unit: the Hibernate
 * integrator signals first, then runs the provider's own callbacks (which may include the mapping-file listener)
 * with signalling suppressed on the current thread.
 */
public final class DeliveryGuard {

    private static final ThreadLocal<Boolean> SUPPRESSED = new ThreadLocal<>();

    private DeliveryGuard() {
    }

    public static boolean isSuppressed() {
        return SUPPRESSED.get() != null;
    }

    /** Runs the provider's callbacks with the mapping-file listener silenced; returns what they returned. */
    public static boolean suppressed(java.util.function.BooleanSupplier callbacks) {
        if (SUPPRESSED.get() != null) {
            return callbacks.getAsBoolean();
        }
        SUPPRESSED.set(Boolean.TRUE);
        try {
            return callbacks.getAsBoolean();
        } finally {
            SUPPRESSED.remove();
        }
    }
}

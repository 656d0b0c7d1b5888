package org.entitysignals.internal;

import jakarta.enterprise.event.TransactionPhase;
import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * A validated receiver: where it is declared, its phase and the senders it accepts.
 *
 * @param location  the observer method, formatted by {@link Locations}
 * @param phase     the signal phase
 * @param senders   the effective senders; empty means every entity
 * @param async     whether it is an {@code @ObservesAsync} receiver
 * @param during    its transaction phase
 * @param priority  its {@code @Priority}
 */
record Receiver(String location, Phase phase, Class<?>[] senders, boolean async, TransactionPhase during,
        int priority) {

    /** The qualifier the receiver observes after deployment, and the one fired for an entity it accepts. */
    Annotation qualifier() {
        return phase.qualifierFor(senders);
    }

    boolean accepts(Class<?> entityClass) {
        if (senders.length == 0) {
            return true;
        }
        for (Class<?> sender : senders) {
            if (sender.isAssignableFrom(entityClass)) {
                return true;
            }
        }
        return false;
    }

    String describe() {
        StringBuilder text = new StringBuilder(phase.simpleName()).append(' ').append(location);
        if (async) {
            text.append(" async");
        } else if (during != TransactionPhase.IN_PROGRESS) {
            text.append(" during ").append(during);
        }
        return text.append(" priority ").append(priority).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Receiver that && location.equals(that.location) && phase == that.phase
                && Arrays.equals(senders, that.senders) && async == that.async && during == that.during
                && priority == that.priority;
    }

    @Override
    public int hashCode() {
        return 31 * location.hashCode() + phase.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}

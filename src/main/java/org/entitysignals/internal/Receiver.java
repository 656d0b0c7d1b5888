package org.entitysignals.internal;

import jakarta.enterprise.event.TransactionPhase;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Set;

/**
 * A validated receiver: where it is declared, its phase and the senders it accepts.
 *
 * @param location  the observer method, formatted by {@link Locations}
 * @param phase     the signal phase
 * @param senders   the effective senders; empty means every entity
 * @param group     the {@link SenderGroup} of its sender list
 * @param async     whether it is an {@code @ObservesAsync} receiver
 * @param during    its transaction phase
 * @param priority  its {@code @Priority}
 */
record Receiver(String location, Phase phase, Class<?>[] senders, int group, boolean async, TransactionPhase during,
        int priority) {

    /** What the receiver observes after deployment; an event reaches it when fired with all of these. */
    Set<Annotation> qualifiers() {
        return Set.of(phase.anyQualifier(), new SenderGroup.Literal(group));
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
                && Arrays.equals(senders, that.senders) && group == that.group && async == that.async && during == that.during
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

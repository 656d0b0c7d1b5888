package org.entitysignals.internal;

import jakarta.enterprise.event.TransactionPhase;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.entitysignals.RelationEvent;

/**
 * A validated receiver: where it is declared, its phase and the senders it accepts.
 *
 * @param location  the observer method, formatted as {@code pkg.Class#method(ParamType)}
 * @param phase     the signal phase
 * @param senders   the effective senders; empty means every entity
 * @param group     the {@link SenderGroup} of its sender list
 * @param async     whether it is an {@code @ObservesAsync} receiver
 * @param during    its transaction phase
 * @param priority  its {@code @Priority}
 * @param attribute the relation it observes ({@link Phase#RELATION}); empty for every one
 * @param actions   the relation actions it observes ({@link Phase#RELATION}); every one when empty
 * @param alone     whether the library notifies it on its own rather than in the one shared {@code fire}: an
 *                  asynchronous receiver (so that its failure is told apart from the others'), and a transactional
 *                  one where the library runs transaction phases itself (see {@code WaitingReceivers}); its group
 *                  is its own
 */
public record ValidReceiver(String location, Phase phase, Class<?>[] senders, int group, boolean async,
        TransactionPhase during, int priority, String attribute, Set<RelationEvent.Action> actions, boolean alone) {

    public ValidReceiver {
        actions = actions.isEmpty() ? EnumSet.allOf(RelationEvent.Action.class) : EnumSet.copyOf(actions);
    }

    /** Whether it runs after the flush that wrote the rows, at least for some signals. */
    public boolean afterFlush() {
        return phase.afterFlush() || phase == Phase.RELATION && actions.stream().anyMatch(action -> !action.isPre());
    }

    /** Whether it receives this action of this relation of an entity of this class. */
    public boolean accepts(Class<?> entityClass, String relation, RelationEvent.Action action) {
        return phase == Phase.RELATION && actions.contains(action)
                && (attribute.isEmpty() || attribute.equals(relation)) && accepts(entityClass);
    }

    /** Whether the library runs its transaction phase (and the container sees it as {@code IN_PROGRESS}). */
    public boolean deferredByLibrary() {
        return alone && !async;
    }

    /** What the receiver observes after deployment; an event reaches it when fired with all of these. */
    public Set<Annotation> qualifiers() {
        return Set.of(phase.anyQualifier(), new SenderGroup.Literal(group));
    }

    public boolean accepts(Class<?> entityClass) {
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

    public String describe() {
        StringBuilder text = new StringBuilder(phase.simpleName());
        if (!attribute.isEmpty()) {
            text.append('(').append(attribute).append(')');
        }
        if (phase == Phase.RELATION && actions.size() < RelationEvent.Action.values().length) {
            text.append(' ').append(actions);
        }
        text.append(' ').append(location);
        if (async) {
            text.append(" async");
        } else if (during != TransactionPhase.IN_PROGRESS) {
            text.append(" during ").append(during);
        }
        return text.append(" priority ").append(priority).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidReceiver that && location.equals(that.location) && phase == that.phase
                && Arrays.equals(senders, that.senders) && group == that.group && async == that.async
                && during == that.during
                && priority == that.priority && attribute.equals(that.attribute) && actions.equals(that.actions)
                && alone == that.alone;
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

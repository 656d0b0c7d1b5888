package org.entitysignals.internal.runtime;

import java.util.Set;
import org.entitysignals.RelationEvent;

/** The {@link RelationEvent} the library fires; see {@link EntitySaveEvent} for its type argument. */
record EntityRelationEvent(Object entity, String attribute, Action action, Set<Object> added, Set<Object> removed,
        boolean reverse) implements RelationEvent<Object> {

    @Override
    public String toString() {
        return "RelationEvent[entity=" + entity.getClass().getName() + ", attribute=" + attribute + ", action="
                + action + ", added=" + added.size() + ", removed=" + removed.size()
                + (reverse ? ", reverse" : "") + "]";
    }
}

package org.entitysignals.internal.runtime;

import java.util.Objects;
import org.entitysignals.LoadEvent;

/** The {@link LoadEvent} the library fires; see {@link EntitySaveEvent} for its type argument. */
final class EntityLoadEvent implements LoadEvent<Object> {

    private final Object entity;

    EntityLoadEvent(Object entity) {
        this.entity = entity;
    }

    @Override
    public Object entity() {
        return entity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntityLoadEvent that && Objects.equals(entity, that.entity);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(entity);
    }

    @Override
    public String toString() {
        return "LoadEvent[entity=" + entity.getClass().getName() + "]";
    }
}

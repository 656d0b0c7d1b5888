package org.entitysignals.internal.runtime;

import java.util.Objects;
import org.entitysignals.DeleteEvent;

/** The {@link DeleteEvent} the library fires; see {@link EntitySaveEvent} for its type argument. */
final class EntityDeleteEvent implements DeleteEvent<Object> {

    private final Object entity;

    EntityDeleteEvent(Object entity) {
        this.entity = entity;
    }

    @Override
    public Object entity() {
        return entity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntityDeleteEvent that && Objects.equals(entity, that.entity);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(entity);
    }

    @Override
    public String toString() {
        return "DeleteEvent[entity=" + entity.getClass().getName() + "]";
    }
}

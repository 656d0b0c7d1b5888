package org.entitysignals.internal;

import java.util.Objects;
import org.entitysignals.SaveEvent;

/**
 * The {@link SaveEvent} the library fires. Its type argument is {@code Object} so that one event reaches every
 * receiver whose senders match, whatever type argument each declares; receivers' observed types are widened to the
 * raw {@code SaveEvent} at deployment, after validation made sure the entity fits the declared type.
 */
final class EntitySaveEvent implements SaveEvent<Object> {

    private final Object entity;
    private final boolean created;

    EntitySaveEvent(Object entity, boolean created) {
        this.entity = entity;
        this.created = created;
    }

    @Override
    public Object entity() {
        return entity;
    }

    @Override
    public boolean created() {
        return created;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntitySaveEvent that && created == that.created && Objects.equals(entity, that.entity);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(entity) + Boolean.hashCode(created);
    }

    @Override
    public String toString() {
        return "SaveEvent[entity=" + entity.getClass().getName() + ", created=" + created + "]";
    }
}

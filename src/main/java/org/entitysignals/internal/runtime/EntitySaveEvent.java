package org.entitysignals.internal.runtime;

import java.util.Set;
import org.entitysignals.SaveEvent;
import org.entitysignals.internal.Messages;

/**
 * The {@link SaveEvent} the library fires. Its type argument is {@code Object} so that one event reaches every
 * receiver whose senders match, whatever type argument each declares; receivers' observed types are widened to the
 * raw {@code SaveEvent} at deployment, after validation made sure the entity fits the declared type.
 */
final class EntitySaveEvent implements SaveEvent<Object> {

    /** No provider hook told what changed: every question about changes is answered with ESIG103. */
    private static final ChangeSource NOT_TRACKED = ChangeSource.unknown("not tracked");

    private final Object entity;
    private final boolean created;
    private ChangeSource changes = NOT_TRACKED;

    EntitySaveEvent(Object entity, boolean created) {
        this.entity = entity;
        this.created = created;
    }

    void changes(ChangeSource changes) {
        this.changes = changes;
    }

    /** Copies the changes for receivers that run later. */
    void freeze() {
        changes = StateChanges.snapshot(changes);
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
    public Set<String> changedAttributes() {
        return tracked().changed();
    }

    @Override
    public boolean changed(String attribute) {
        return attribute(attribute).changed().contains(attribute);
    }

    @Override
    public Object oldValue(String attribute) {
        return attribute(attribute).oldValue(attribute);
    }

    @Override
    public Object newValue(String attribute) {
        return attribute(attribute).newValue(attribute);
    }

    private ChangeSource tracked() {
        ChangeSource known = changes;
        if (known == NOT_TRACKED) {
            throw new IllegalStateException(Messages.changesNotTracked(entity.getClass()));
        }
        return known;
    }

    /** The changes, once the attribute is known to be one they cover. */
    private ChangeSource attribute(String attribute) {
        ChangeSource known = tracked();
        if (!known.attributes().contains(attribute)) {
            throw new IllegalArgumentException(Messages.notAnAttribute(attribute, entity.getClass(),
                    known.attributes()));
        }
        return known;
    }

    @Override
    public String toString() {
        return "SaveEvent[entity=" + entity.getClass().getName() + ", created=" + created + "]";
    }
}

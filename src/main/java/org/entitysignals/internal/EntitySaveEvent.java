package org.entitysignals.internal;

import java.util.Set;
import org.entitysignals.SaveEvent;

/**
 * The {@link SaveEvent} the library fires. Its type argument is {@code Object} so that one event reaches every
 * receiver whose senders match, whatever type argument each declares; receivers' observed types are widened to the
 * raw {@code SaveEvent} at deployment, after validation made sure the entity fits the declared type.
 */
final class EntitySaveEvent implements SaveEvent<Object> {

    private static final ChangeSource NOT_TRACKED = ChangeSource.unknown(Messages.changesNotTracked());

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
        return changes.changed();
    }

    @Override
    public boolean changed(String attribute) {
        if (!changes.attributes().contains(attribute)) {
            throw new IllegalArgumentException(Messages.notAnAttribute(attribute, changes.attributes()));
        }
        return changes.changed().contains(attribute);
    }

    @Override
    public Object oldValue(String attribute) {
        return changes.oldValue(attribute);
    }

    @Override
    public Object newValue(String attribute) {
        return changes.newValue(attribute);
    }

    @Override
    public String toString() {
        return "SaveEvent[entity=" + entity.getClass().getName() + ", created=" + created + "]";
    }
}

package org.entitysignals.internal.eclipselink;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entitysignals.internal.runtime.StateChanges;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.AggregateChangeRecord;
import org.eclipse.persistence.internal.sessions.DirectToFieldChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.ObjectReferenceChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * What a save changes on EclipseLink, read from the change set it computed for the flush: each change record
 * carries the attribute's old value (a copy, for an embeddable) and its new one. An INSERT's change set has no
 * records, so its values are read from the entity. The change set is referenced, not copied; EclipseLink merges a
 * later flush of the same transaction into it, so signals still pending then copy what they need first.
 */
final class EclipseLinkChanges extends StateChanges {

    private final Mappings mappings;
    private final AbstractSession session;
    private final Object entity;
    private final ObjectChangeSet changeSet;
    private final boolean written;

    /**
     * @param changeSet the entity's change set in this flush; {@code null} for an INSERT
     * @param written   whether the rows are written (post phase): new values then come from the records
     */
    EclipseLinkChanges(boolean created, Mappings mappings, AbstractSession session, Object entity,
            ObjectChangeSet changeSet, boolean written) {
        super(created);
        this.mappings = mappings;
        this.session = session;
        this.entity = entity;
        this.changeSet = changeSet;
        this.written = written;
    }

    /**
     * Whether the change set changes the entity itself: a singular attribute or an element collection. Else only
     * relations changed (or nothing), which is no save.
     */
    static boolean changesAttributes(Mappings mappings, ObjectChangeSet changeSet) {
        for (ChangeRecord record : changeSet.getChanges()) {
            if (changes(mappings, record) || isElementCollection(mappings, record)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isElementCollection(Mappings mappings, ChangeRecord record) {
        return mappings.elementCollections.contains(record.getAttribute());
    }

    /**
     * Whether the record is a change of a singular attribute. With weaving (attribute change tracking) a value set
     * and set back before the flush leaves a record whose old and new values are equal: no change.
     */
    private static boolean changes(Mappings mappings, ChangeRecord record) {
        return mappings.singular.containsKey(record.getAttribute()) && !(record instanceof DirectToFieldChangeRecord
                direct && Objects.equals(direct.getOldValue(), direct.getNewValue()));
    }

    @Override
    public Set<String> attributes() {
        return mappings.names();
    }

    @Override
    protected Object readNew(String attribute) {
        ChangeRecord record = written && changeSet != null ? changeSet.getChangesForAttributeNamed(attribute) : null;
        if (record instanceof DirectToFieldChangeRecord direct) {
            return direct.getNewValue();
        }
        if (record instanceof ObjectReferenceChangeRecord reference) {
            return clone(reference.getNewValue());
        }
        if (record instanceof AggregateChangeRecord aggregate) {
            return clone(aggregate.getChangedObject());
        }
        return mappings.singular.get(attribute).getRealAttributeValueFromObject(entity, session);
    }

    @Override
    protected Object readOld(String attribute) {
        ChangeRecord record = changeSet == null ? null : changeSet.getChangesForAttributeNamed(attribute);
        if (record instanceof DirectToFieldChangeRecord direct) {
            return direct.getOldValue();
        }
        if (record instanceof ObjectReferenceChangeRecord reference) {
            return reference.getOldValue();
        }
        if (record instanceof AggregateChangeRecord aggregate) {
            return aggregate.getOldValue();
        }
        return readNew(attribute);
    }

    @Override
    protected Set<String> findChanged() {
        Set<String> changed = new TreeSet<>();
        if (changeSet != null) {
            for (ChangeRecord record : changeSet.getChanges()) {
                if (changes(mappings, record)) {
                    changed.add(record.getAttribute());
                }
            }
        }
        return changed;
    }

    private static Object clone(Object changeSet) {
        return changeSet instanceof ObjectChangeSet objectChangeSet ? objectChangeSet.getUnitOfWorkClone() : null;
    }
}

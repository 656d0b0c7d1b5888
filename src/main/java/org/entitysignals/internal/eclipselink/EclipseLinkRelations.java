package org.entitysignals.internal.eclipselink;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.entitysignals.internal.runtime.RelationChanges;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.CollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * Relation signals on EclipseLink, from the change set of a flush, which EclipseLink computes before writing any
 * row (and writes join-table rows last): the changes of every relation of the flush are gathered from it, their
 * {@code PRE_} actions delivered at once, the {@code POST_} ones once the flush is over. A collection record has the
 * net change; a new entity's change set has no records, so its collections are read. A removed entity has no change
 * set, and read-only (inverse) mappings write nothing: neither signals.
 */
final class EclipseLinkRelations {

    /** Owning mapping: the attribute of the inverse side of a bidirectional many-to-many, if any. */
    private static final Map<DatabaseMapping, Optional<String>> INVERSES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private EclipseLinkRelations() {
    }

    /** Adds the relation changes of the flush's change set to the collector. */
    static void collect(RelationChanges relations, AbstractSession unitOfWork, UnitOfWorkChangeSet changes) {
        for (ObjectChangeSet changeSet : changes.getAllChangeSets().keySet()) {
            Object owner = changeSet.getUnitOfWorkClone();
            ClassDescriptor descriptor = owner == null ? null : unitOfWork.getDescriptor(owner.getClass());
            if (descriptor == null) {
                continue;
            }
            if (changeSet.isNew()) {
                for (DatabaseMapping mapping : Mappings.of(descriptor).relations) {
                    Set<Object> added = new LinkedHashSet<>(elements(mapping, owner, unitOfWork));
                    add(relations, unitOfWork, owner, mapping, added, new LinkedHashSet<>());
                }
                continue;
            }
            for (ChangeRecord record : changeSet.getChanges()) {
                if (record instanceof CollectionChangeRecord collection
                        && Mappings.writesRelation(collection.getMapping())) {
                    add(relations, unitOfWork, owner, collection.getMapping(),
                            clones(collection.getAddObjectList().keySet()),
                            clones(collection.getRemoveObjectList().keySet()));
                }
            }
        }
    }

    private static void add(RelationChanges relations, AbstractSession unitOfWork, Object owner,
            DatabaseMapping mapping, Set<Object> added, Set<Object> removed) {
        String inverse = inverseAttribute(mapping);
        if (added.isEmpty() && removed.isEmpty() || !relations.observes(owner.getClass(), inverse)) {
            return;
        }
        boolean emptied = !removed.isEmpty() && elements(mapping, owner, unitOfWork).isEmpty();
        relations.add(owner, mapping.getAttributeName(), added, removed, emptied, inverse);
    }

    private static Set<Object> clones(Set<ObjectChangeSet> changeSets) {
        Set<Object> clones = new LinkedHashSet<>();
        for (ObjectChangeSet changeSet : changeSets) {
            clones.add(changeSet.getUnitOfWorkClone());
        }
        return clones;
    }

    private static Collection<?> elements(DatabaseMapping mapping, Object owner, AbstractSession session) {
        Object value = ((CollectionMapping) mapping).getRealCollectionAttributeValueFromObject(owner, session);
        if (value instanceof Map<?, ?> map) {
            return map.values();
        }
        return value instanceof Collection<?> collection ? collection : List.of();
    }

    /** The read-only many-to-many of the target over the same join table, if the relation is bidirectional. */
    private static String inverseAttribute(DatabaseMapping owning) {
        return INVERSES.computeIfAbsent(owning, key -> {
            if (!(owning instanceof ManyToManyMapping manyToMany) || owning.getReferenceDescriptor() == null) {
                return Optional.empty();
            }
            for (DatabaseMapping candidate : Mappings.all(owning.getReferenceDescriptor())) {
                if (candidate instanceof ManyToManyMapping other && other.isReadOnly()
                        && other.getRelationTableName().equals(manyToMany.getRelationTableName())) {
                    return Optional.of(other.getAttributeName());
                }
            }
            return Optional.empty();
        }).orElse(null);
    }
}

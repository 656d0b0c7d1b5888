package org.entitysignals.internal.hibernate;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entitysignals.internal.runtime.RelationChanges;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.persister.collection.CollectionPersister;

/**
 * The relation changes a Hibernate flush writes, read from the collection entries of its persistence context after
 * {@code AbstractFlushingEventListener.flushCollections} marked them for removal, recreation or update, and before
 * any collection action ran: each collection is compared with what it held when loaded or last written (its stored
 * snapshot). In Hibernate 6.6 and 7.1 the marks stay until the next flush's {@code CollectionEntry.preFlush}, but
 * each action moves its entry on ({@code CollectionEntry.afterAction}: a removed collection loses its loaded
 * persister, and so its role and owner), hence every collection is read before the first action.
 *
 * <p>Replacing a collection makes Hibernate remove the old one and recreate the new: the removal has the net
 * change, and the recreation adds nothing. A collection removed with its owner (a delete) signals nothing. Inverse
 * ({@code mappedBy}) collections write nothing and signal nothing themselves; element collections are not
 * relations.
 */
final class FlushedRelations {

    /** Owning collection role: the attribute of the inverse side of a bidirectional many-to-many, if any. */
    private final Map<CollectionPersister, Optional<String>> inverses = new ConcurrentHashMap<>();

    /** Adds the net change of each relation the flush under way writes, once per owner and relation. */
    void addTo(RelationChanges changes, PersistenceContext context) {
        Map<Relation, Write> writes = new LinkedHashMap<>();
        // concurrent: loading a collection never loaded (see snapshot) adds the collections of its elements
        context.forEachCollectionEntry((collection, entry) -> {
            if (entry.isDoremove()) {
                Write removal = removal(changes, context, collection, entry);
                if (removal != null) {
                    writes.put(new Relation(removal.owner(), removal.persister()), removal);
                }
            } else if (entry.isDorecreate() || entry.isDoupdate()) {
                Write write = write(changes, context, collection, entry);
                if (write != null) {
                    writes.putIfAbsent(new Relation(write.owner(), write.persister()), write);
                }
            }
        }, true);
        for (Write write : writes.values()) {
            changes.add(write.owner(), write.persister().getAttributeMapping().getAttributeName(), write.added(),
                    write.removed(), write.emptied(), write.inverse());
        }
    }

    /** A collection removed: emptied, or replaced by the owner's new one; {@code null} for a deleted owner. */
    private Write removal(RelationChanges changes, PersistenceContext context, PersistentCollection<?> collection,
            CollectionEntry entry) {
        CollectionPersister persister = entry.getLoadedPersister();
        Object owner = context.getLoadedCollectionOwnerOrNull(collection);
        if (owner == null || !relation(persister)) {
            return null;
        }
        EntityEntry ownerEntry = context.getEntry(owner);
        String inverse = inverseAttribute(persister);
        if (ownerEntry == null || ownerEntry.getStatus() == Status.DELETED || ownerEntry.getStatus() == Status.GONE
                || !changes.observes(owner.getClass(), inverse)) {
            return null;
        }
        Object now = persister.getOwnerEntityPersister().getPropertyValue(owner,
                persister.getAttributeMapping().getAttributeName());
        return Write.of(owner, persister, inverse, snapshot(collection), elements(now));
    }

    /** A collection recreated (a new one: nothing was linked) or updated. */
    private Write write(RelationChanges changes, PersistenceContext context, PersistentCollection<?> collection,
            CollectionEntry entry) {
        boolean created = entry.isDorecreate();
        CollectionPersister persister = created ? entry.getCurrentPersister() : entry.getLoadedPersister();
        Object owner = created ? collection.getOwner() : context.getLoadedCollectionOwnerOrNull(collection);
        if (owner == null || !relation(persister)) {
            return null;
        }
        String inverse = inverseAttribute(persister);
        if (!changes.observes(owner.getClass(), inverse)) {
            return null;
        }
        return Write.of(owner, persister, inverse, created ? List.of() : snapshot(collection), elements(collection));
    }

    /** An owning-side relation: what JPA writes, and so what is signalled. */
    private static boolean relation(CollectionPersister persister) {
        return persister != null && !persister.isInverse() && (persister.isManyToMany() || persister.isOneToMany());
    }

    /** The inverse attribute of a bidirectional many-to-many: the inverse collection over the same table. */
    private String inverseAttribute(CollectionPersister owning) {
        return inverses.computeIfAbsent(owning, key -> {
            if (!owning.isManyToMany()) {
                return Optional.empty();
            }
            String[] table = owning.getCollectionSpaces();
            String[] found = new String[1];
            owning.getFactory().getMappingMetamodel().forEachCollectionDescriptor(candidate -> {
                if (candidate.isInverse() && candidate.isManyToMany()
                        && Arrays.equals(candidate.getCollectionSpaces(), table)
                        && owning.getAttributeMapping().getAttributeName().equals(candidate.getMappedByProperty())) {
                    found[0] = candidate.getAttributeMapping().getAttributeName();
                }
            });
            return Optional.ofNullable(found[0]);
        }).orElse(null);
    }

    /**
     * What the collection held when loaded or last written. A replaced collection that was never loaded is
     * loaded now, before its rows are deleted: its removed elements cannot be told otherwise.
     */
    private static Collection<?> snapshot(PersistentCollection<?> collection) {
        if (!collection.wasInitialized()) {
            collection.forceInitialization();
        }
        return elements(collection.getStoredSnapshot());
    }

    /** The elements of a collection, or the values of a map (a set's snapshot is a map of each element to itself). */
    private static Collection<?> elements(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values();
        }
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        return List.of();
    }

    /** One relation: an owner, by identity, and a collection role. */
    private record Relation(Object owner, CollectionPersister persister) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Relation relation && relation.owner == owner && relation.persister == persister;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(owner) + System.identityHashCode(persister);
        }
    }

    /** The net change the flush writes for one relation. */
    private record Write(Object owner, CollectionPersister persister, String inverse, Set<Object> added,
            Set<Object> removed, boolean emptied) {

        static Write of(Object owner, CollectionPersister persister, String inverse, Collection<?> before,
                Collection<?> after) {
            return new Write(owner, persister, inverse, RelationChanges.missingFrom(before, after),
                    RelationChanges.missingFrom(after, before), after.isEmpty());
        }
    }
}

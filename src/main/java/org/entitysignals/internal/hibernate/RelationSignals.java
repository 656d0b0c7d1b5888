package org.entitysignals.internal.hibernate;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entitysignals.internal.Delivery;
import org.entitysignals.internal.DispatcherConnection;
import org.entitysignals.internal.RelationChanges;
import org.entitysignals.internal.SignalDispatcher;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;

/**
 * Relation signals on Hibernate, from its collection actions, which run after the entity writes of a flush and
 * before its deletes. Each pre-collection event compares what the collection held when loaded or last written (its
 * stored snapshot) with what it holds now: the {@code PRE_} actions are delivered there, before the rows are
 * written, and the {@code POST_} ones queued with the post phase of the session.
 *
 * <p>Replacing a collection makes Hibernate remove the old one and recreate the new: the net change is signalled
 * at the removal, and the recreation of that collection is then skipped. A collection removed with its owner (a
 * delete) signals nothing. Inverse ({@code mappedBy}) collections write nothing and signal nothing themselves;
 * element collections are not relations.
 */
final class RelationSignals implements PreCollectionUpdateEventListener, PreCollectionRecreateEventListener,
        PreCollectionRemoveEventListener {

    private static final long serialVersionUID = 1L;

    /**
     * New collections whose change was signalled when the collection they replace was removed, in the flush under
     * way on this thread. By identity: persistent collections compare by content. Emptied when the flush ends.
     */
    private static final ThreadLocal<Set<Object>> SIGNALLED = new ThreadLocal<>();

    /** Owning collection role: the attribute of the inverse side of a bidirectional many-to-many, if any. */
    private final Map<CollectionPersister, Optional<String>> inverses = new ConcurrentHashMap<>();
    private final transient DispatcherConnection connection;

    RelationSignals(DispatcherConnection connection) {
        this.connection = connection;
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        PersistentCollection<?> collection = event.getCollection();
        CollectionPersister persister = persister(event);
        if (persister != null) {
            signal(event, persister, snapshot(collection), elements(collection));
        }
    }

    @Override
    public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
        Set<Object> signalled = SIGNALLED.get();
        if (signalled != null && signalled.remove(event.getCollection())) {
            return;
        }
        CollectionPersister persister = persister(event);
        if (persister != null) {
            signal(event, persister, List.of(), elements(event.getCollection()));
        }
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        CollectionPersister persister = persister(event);
        if (owner == null || persister == null) {
            return;
        }
        EntityEntry ownerEntry = event.getSession().getPersistenceContextInternal().getEntry(owner);
        if (ownerEntry == null || ownerEntry.getStatus() == Status.DELETED || ownerEntry.getStatus() == Status.GONE) {
            return;
        }
        Object replacement = persister.getOwnerEntityPersister().getPropertyValue(owner,
                persister.getAttributeMapping().getAttributeName());
        Collection<?> after = List.of();
        if (replacement != null && replacement != event.getCollection()) {
            Set<Object> signalled = SIGNALLED.get();
            if (signalled == null) {
                signalled = Collections.newSetFromMap(new IdentityHashMap<>());
                SIGNALLED.set(signalled);
            }
            signalled.add(replacement);
            after = elements(replacement);
        }
        signal(event, persister, snapshot(event.getCollection()), after);
    }

    /** The flush on this thread is over: no replacement is pending any more. */
    static void flushEnded() {
        SIGNALLED.remove();
    }

    /** The owning-side relation persister of the event, or {@code null} when nothing is to be signalled. */
    private CollectionPersister persister(AbstractCollectionEvent event) {
        SignalDispatcher dispatcher = connection.current();
        if (dispatcher == null || !dispatcher.hasRelationReceivers() || event.getAffectedOwnerOrNull() == null) {
            return null;
        }
        CollectionEntry entry = event.getSession().getPersistenceContextInternal()
                .getCollectionEntry(event.getCollection());
        CollectionPersister persister = entry == null ? null
                : entry.getCurrentPersister() != null ? entry.getCurrentPersister() : entry.getLoadedPersister();
        if (persister == null || persister.isInverse() || !(persister.isManyToMany() || persister.isOneToMany())) {
            return null;
        }
        return persister;
    }

    private void signal(AbstractCollectionEvent event, CollectionPersister persister, Collection<?> before,
            Collection<?> after) {
        SignalDispatcher dispatcher = connection.current();
        Object owner = event.getAffectedOwnerOrNull();
        String inverse = inverseAttribute(persister);
        if (dispatcher == null || !dispatcher.hasRelationReceivers(owner.getClass()) && inverse == null) {
            return;
        }
        Set<Object> added = RelationChanges.missingFrom(before, after);
        Set<Object> removed = RelationChanges.missingFrom(after, before);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        EventSource session = event.getSession();
        for (Delivery post : RelationChanges.signal(dispatcher, owner,
                persister.getAttributeMapping().getAttributeName(), added, removed, after.isEmpty(), inverse)) {
            PostPhaseSignals.queue(session, post);
        }
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
                        && java.util.Arrays.equals(candidate.getCollectionSpaces(), table)
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
}

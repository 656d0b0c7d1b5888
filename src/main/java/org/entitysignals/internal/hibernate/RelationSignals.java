package org.entitysignals.internal.hibernate;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.entitysignals.internal.runtime.RelationChanges;
import org.entitysignals.internal.runtime.UnitSignals;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;

/**
 * Relation signals on Hibernate, from its collection actions, which run after the entity writes of a flush and
 * before its deletes. Hibernate raises one pre-collection event per collection, just before writing it; the first
 * event of a flush signals the changes of every relation the flush writes ({@link FlushedRelations}), so that the
 * reverse events of several owners are grouped: the {@code PRE_} actions are delivered there, before any collection
 * row is written, and the {@code POST_} ones queued with the post phase of the session. The later events of that
 * flush find it signalled; the next flush of the session starts afresh (prepended flush listeners), even after a
 * flush that failed.
 */
final class RelationSignals implements PreCollectionUpdateEventListener, PreCollectionRecreateEventListener,
        PreCollectionRemoveEventListener, FlushEventListener, AutoFlushEventListener {

    private static final long serialVersionUID = 1L;

    /** Sessions whose flush under way on this thread is signalled; weak, so a failed flush keeps no session. */
    private static final ThreadLocal<Set<Object>> SIGNALLED = new ThreadLocal<>();

    private final transient UnitSignals signals;
    private final transient FlushedRelations flushed = new FlushedRelations();

    RelationSignals(UnitSignals signals) {
        this.signals = signals;
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        signalFlush(event);
    }

    @Override
    public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
        signalFlush(event);
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        signalFlush(event);
    }

    @Override
    public void onFlush(FlushEvent event) {
        flushStarts(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        flushStarts(event.getSession());
    }

    /** A flush of the session starts on this thread: nothing of it is signalled yet. */
    private static void flushStarts(EventSource session) {
        Set<Object> signalled = SIGNALLED.get();
        if (signalled != null) {
            signalled.remove(session);
        }
    }

    /** Signals the relation changes of the flush under way, at its first collection event. */
    private void signalFlush(AbstractCollectionEvent event) {
        EventSource session = event.getSession();
        // no session: a StatelessSession (Hibernate 7 raises collection events for it), which has no flush
        if (session == null || !signals.hasRelationReceivers()) {
            return;
        }
        Set<Object> signalled = SIGNALLED.get();
        if (signalled == null) {
            signalled = Collections.newSetFromMap(new WeakHashMap<>());
            SIGNALLED.set(signalled);
        }
        if (!signalled.add(session)) {
            return;
        }
        RelationChanges changes = signals.relationChanges();
        if (changes == null) {
            // the container stopped since
            return;
        }
        flushed.addTo(changes, session.getPersistenceContextInternal());
        if (signals.deliverRelations(changes, session)) {
            PostPhaseSignals.watch(session);
        }
    }
}

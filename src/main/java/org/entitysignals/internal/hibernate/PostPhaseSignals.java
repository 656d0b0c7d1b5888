package org.entitysignals.internal.hibernate;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.entitysignals.internal.Callback;
import org.entitysignals.internal.runtime.Delivery;
import org.entitysignals.internal.runtime.UnitSignals;
import org.hibernate.SessionEventListener;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The post phase on Hibernate: each post-insert/update/delete is queued for its session and delivered when the
 * flush that wrote it is over (appended flush listeners run after Hibernate's own, at {@code flush()}, at commit
 * and before queries), then what receivers wrote is flushed too, in the same transaction. An IDENTITY insert, which
 * Hibernate writes inside {@code persist()}, is delivered at the next flush. What is still queued when the
 * transaction ends or the session closes is dropped (so with {@code FlushMode.MANUAL} and no flush, such a post-save
 * signal is never delivered, as the row is never written by a flush). A {@code StatelessSession} has no flush to
 * wait for: its post phase is delivered at once.
 */
final class PostPhaseSignals implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        FlushEventListener, AutoFlushEventListener {

    private static final long serialVersionUID = 1L;

    /** Sessions that already have a {@link SessionEnd}. */
    private static final Set<Object> WATCHED =
            Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

    private final transient UnitSignals signals;

    PostPhaseSignals(UnitSignals signals) {
        this.signals = signals;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Delivery delivery = signals.prepare(Callback.POST_PERSIST, event.getEntity());
        if (delivery != null) {
            // no session: a queued signal must not keep an abandoned session reachable (PendingSignals' weak keys)
            queue(event.getSession(), delivery.changes(new HibernateChanges(true, event.getPersister(),
                    null, event.getEntity(), null, event.getState(), null)));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Delivery delivery = signals.prepare(Callback.POST_UPDATE, event.getEntity());
        if (delivery == null) {
            return;
        }
        EntityPersister persister = event.getPersister();
        int[] dirty = event.getDirtyProperties();
        if (dirty == null && event.getOldState() != null) {
            dirty = persister.findDirty(event.getState(), event.getOldState(), event.getEntity(), event.getSession());
        }
        if (dirty != null && !HibernateChanges.changesAttributes(persister, dirty)
                && !HibernateChanges.changesElementCollection(persister, event.getEntity(), event.getSession())) {
            // only collections changed: a relation change, not a save (see SignallingCallbackRegistry.preUpdate)
            return;
        }
        // the dirty properties are known, so the session is not needed (nor kept reachable: see onPostInsert)
        queue(event.getSession(), delivery.changes(new HibernateChanges(false, persister, null,
                event.getEntity(), event.getOldState(), event.getState(), dirty)));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Delivery delivery = signals.prepare(Callback.POST_REMOVE, event.getEntity());
        if (delivery != null) {
            queue(event.getSession(), delivery);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onFlush(FlushEvent event) {
        deliver(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        // only when Hibernate did flush before the query: FlushMode.COMMIT and MANUAL are respected
        if (event.isFlushRequired()) {
            deliver(event.getSession());
        }
    }

    /**
     * Queues a post-phase delivery until the session's flush is over; a {@code StatelessSession} ({@code null}) has
     * no persistence context to wait for, nothing to flush: delivered at once.
     */
    private void queue(EventSource session, Delivery delivery) {
        if (signals.deliver(delivery, session)) {
            watch(session);
        }
    }

    /** The session started a queue: it is dropped when the session's transaction ends or the session closes. */
    static void watch(EventSource session) {
        if (WATCHED.add(session)) {
            session.getEventListenerManager().addListener(new SessionEnd(session));
        }
    }

    /** Delivers the session's queue and flushes what receivers wrote, until nothing is left. */
    private static void deliver(EventSource session) {
        while (UnitSignals.deliverQueued(session) > 0) {
            flushWrites(session);
        }
    }

    /**
     * Flushes what receivers wrote. A session whose EntityManager was closed with its transaction open still
     * commits (JPA lets it), but rejects a public {@code flush()}: it gets the flush Hibernate itself runs before
     * completion.
     */
    static void flushWrites(EventSource session) {
        if (session.isOpen()) {
            session.flush();
        } else {
            session.flushBeforeTransactionCompletion();
        }
    }

    /** Drops the session's queue when its transaction ends or the session closes; registered once per session. */
    private static final class SessionEnd implements SessionEventListener {

        private static final long serialVersionUID = 1L;

        private final transient Object session;

        SessionEnd(Object session) {
            this.session = session;
        }

        @Override
        public void transactionCompletion(boolean successful) {
            UnitSignals.forget(session);
        }

        @Override
        public void end() {
            UnitSignals.forget(session);
            WATCHED.remove(session);
        }
    }
}

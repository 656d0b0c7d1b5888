package org.entitysignals.internal.hibernate;

import org.entitysignals.internal.Callback;
import org.entitysignals.internal.DispatcherConnection;
import org.entitysignals.internal.PendingSignals;
import org.entitysignals.internal.SignalDispatcher;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
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
 * transaction ends is dropped.
 */
final class PostPhaseSignals implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        FlushEventListener, AutoFlushEventListener {

    private static final long serialVersionUID = 1L;

    private final transient DispatcherConnection connection;

    PostPhaseSignals(DispatcherConnection connection) {
        this.connection = connection;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        queue(event.getSession(), Callback.POST_PERSIST, event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        queue(event.getSession(), Callback.POST_UPDATE, event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        queue(event.getSession(), Callback.POST_REMOVE, event.getEntity());
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
        deliver(event.getSession());
    }

    private void queue(EventSource session, Callback callback, Object entity) {
        SignalDispatcher dispatcher = connection.get(entity.getClass());
        SignalDispatcher.Delivery delivery = dispatcher == null ? null : dispatcher.prepare(callback, entity);
        if (delivery != null && PendingSignals.enqueue(session, delivery)) {
            session.getActionQueue().registerProcess(Discard.INSTANCE);
        }
    }

    /** Delivers the session's queue and flushes what receivers wrote, until nothing is left. */
    private static void deliver(EventSource session) {
        while (PendingSignals.deliver(session) > 0) {
            session.flush();
        }
    }

    private enum Discard implements AfterTransactionCompletionProcess {
        INSTANCE;

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            PendingSignals.discard(session);
        }
    }
}

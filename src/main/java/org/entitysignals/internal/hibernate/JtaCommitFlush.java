package org.entitysignals.internal.hibernate;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.entitysignals.internal.runtime.UnitSignals;
import org.hibernate.FlushMode;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;

/**
 * Under JTA, flushes each session from a plain synchronization before Hibernate's own commit-time flush.
 *
 * <p>Hibernate flushes at commit from an <em>interposed</em> synchronization (WildFly registers it so), and
 * Narayana refuses plain synchronizations while interposed ones run. CDI's transactional observers
 * ({@code during = AFTER_SUCCESS} and the other phases) register plain ones, so a post-phase signal delivered from
 * Hibernate's commit flush loses them: Weld then calls every transactional observer at once except AFTER_SUCCESS,
 * silently. Flushing first from a plain synchronization delivers the post phase while CDI can still register; the
 * commit's own flush then has nothing left. A session is enrolled once per transaction, at the first persist,
 * merge, remove or load, and only while some receiver observes a post phase.
 */
final class JtaCommitFlush implements PersistEventListener, MergeEventListener, DeleteEventListener,
        PostLoadEventListener {

    private static final long serialVersionUID = 1L;

    /** Sessions enrolled, with their transaction; entries leave at completion. */
    private static final Map<Object, Transaction> ENROLLED = Collections.synchronizedMap(new WeakHashMap<>());

    private final transient TransactionManager transactionManager;
    private final transient UnitSignals signals;

    JtaCommitFlush(TransactionManager transactionManager, UnitSignals signals) {
        this.transactionManager = transactionManager;
        this.signals = signals;
    }

    @Override
    public void onPersist(PersistEvent event) {
        enroll(event.getSession());
    }

    @Override
    public void onPersist(PersistEvent event, PersistContext createdAlready) {
        enroll(event.getSession());
    }

    @Override
    public void onMerge(MergeEvent event) {
        enroll(event.getSession());
    }

    @Override
    public void onMerge(MergeEvent event, MergeContext copiedAlready) {
        enroll(event.getSession());
    }

    @Override
    public void onDelete(DeleteEvent event) {
        enroll(event.getSession());
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
        enroll(event.getSession());
    }

    @Override
    public void onPostLoad(PostLoadEvent event) {
        enroll(event.getSession());
    }

    private void enroll(EventSource session) {
        if (!signals.hasPostPhaseReceivers()
                || !session.getTransactionCoordinator().getTransactionCoordinatorBuilder().isJta()) {
            return;
        }
        try {
            Transaction transaction = transactionManager.getTransaction();
            if (transaction == null || transaction.getStatus() != Status.STATUS_ACTIVE
                    || transaction.equals(ENROLLED.get(session))) {
                return;
            }
            transaction.registerSynchronization(new FlushFirst(session));
            ENROLLED.put(session, transaction);
        } catch (SystemException | jakarta.transaction.RollbackException | IllegalStateException notNow) {
            // no active transaction to join: Hibernate's own commit flush remains, as without this class
        }
    }

    /** Flushes the session before the commit's interposed synchronizations run. */
    private static final class FlushFirst implements Synchronization {

        private final EventSource session;

        FlushFirst(EventSource session) {
            this.session = session;
        }

        @Override
        public void beforeCompletion() {
            if (!session.isClosed() && session.getHibernateFlushMode() != FlushMode.MANUAL
                    && session.isTransactionInProgress()) {
                session.flush();
            }
        }

        @Override
        public void afterCompletion(int status) {
            ENROLLED.remove(session);
        }
    }
}

package org.entitysignals.internal.hibernate;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import org.entitysignals.internal.runtime.UnitSignals;
import org.hibernate.event.spi.EventSource;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;

/**
 * The library's transaction phases on Hibernate: a synchronization registered with the session's transaction
 * coordinator, which Hibernate calls for a resource-local transaction as for a JTA one. Hibernate calls it
 * before completion after its own commit flush (whose post-phase signals are then delivered), and after completion
 * with the outcome; the coordinator forgets it after the transaction, and with it the completion.
 */
final class HibernateCompletion implements Synchronization {

    /** Attaches to a session with a transaction in progress. */
    static final UnitSignals.TransactionBinding BINDING = (owner, completion) -> {
        if (owner instanceof EventSource session && session.isOpenOrWaitingForAutoClose()) {
            TransactionCoordinator coordinator = session.getTransactionCoordinator();
            if (coordinator.isTransactionActive()) {
                coordinator.getLocalSynchronizations().registerSynchronization(
                        new HibernateCompletion(session, completion));
                return true;
            }
        }
        return false;
    };

    private final EventSource session;
    /** What waits for the transaction: held here, since the library holds it weakly. */
    private final Object waiting;

    private HibernateCompletion(EventSource session, Object waiting) {
        this.session = session;
        this.waiting = waiting;
    }

    @Override
    public void beforeCompletion() {
        // what BEFORE_COMPLETION receivers write is flushed, and the post phase of that flush delivered, before
        // the commit
        while (UnitSignals.beforeCompletion(session) > 0) {
            PostPhaseSignals.flushWrites(session);
        }
    }

    @Override
    public void afterCompletion(int status) {
        UnitSignals.afterCompletion(session, status == Status.STATUS_COMMITTED);
    }
}

package org.entitysignals.eclipselink;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import org.entitysignals.internal.Completions;
import org.entitysignals.internal.DispatcherConnection;
import org.entitysignals.internal.EntityIds;
import org.entitysignals.internal.PendingSignals;
import org.entitysignals.internal.SignalDispatcher;
import org.entitysignals.internal.UnitHooks;
import org.entitysignals.internal.eclipselink.EclipseLinkCompletion;
import org.entitysignals.internal.eclipselink.EclipseLinkHookup;
import org.entitysignals.internal.eclipselink.EclipseLinkRelations;
import org.entitysignals.internal.eclipselink.EclipseLinkTracking;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.transaction.AbstractTransactionController;

/**
 * Attaches Entity Signals to an EclipseLink persistence unit: every entity's lifecycle callbacks become signals,
 * {@code @PostSave} and {@code @PostDelete} are delivered once the flush that wrote the rows is over (whatever the
 * receivers persist, change or remove is written in the same transaction), and saves can tell what changed.
 *
 * <p>Register it in each EclipseLink persistence unit, with one line (no mapping file is needed):
 *
 * <pre>
 * &lt;property name="eclipselink.session-event-listener"
 *           value="org.entitysignals.eclipselink.EclipseLinkSignals"/&gt;
 * </pre>
 *
 * <p>Without it, EclipseLink would run post-phase receivers inside its commit, where an entity persisted by a
 * receiver is silently not written; the library says so at the unit's first signal ({@code ESIG108}).
 *
 * <p>It also tells save signals what changed ({@link org.entitysignals.SaveEvent#changedAttributes()}), from the
 * change set EclipseLink computes for each flush, and raises {@link org.entitysignals.RelationChanged} signals from
 * it. A commit first flushes (as {@code em.flush()} would) when some receiver observes a post phase, so that
 * receivers' writes are part of it.
 *
 * @since 0.1.0
 */
public final class EclipseLinkSignals extends SessionEventAdapter {

    /** The bean manager the unit was given (JPA's {@code jakarta.persistence.bean.manager}), as servers pass. */
    private volatile BeanManager beanManager;
    private final DispatcherConnection connection = DispatcherConnection.ownWarning(() -> beanManager);

    /** Created by EclipseLink, once per persistence unit. */
    public EclipseLinkSignals() {
        Completions.bind(EclipseLinkCompletion.BINDING);
    }

    /**
     * Called by EclipseLink before the unit's session logs in: attaches the lifecycle callbacks to every entity
     * (the unit needs no mapping file; if it lists one, its listener is taken off, so each callback is signalled
     * once) and says how the unit is hooked.
     */
    @Override
    public void preLogin(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session) {
            if (session.getProperty(PersistenceUnitProperties.CDI_BEANMANAGER) instanceof BeanManager given) {
                beanManager = given;
            }
            EclipseLinkHookup.loggingIn(session, connection);
        }
    }

    /**
     * Called by EclipseLink when a unit of work is acquired. Under JTA, EclipseLink writes the rows in an
     * <em>interposed</em> synchronization, which runs after every regular one: a transactional observer
     * ({@code during = BEFORE_COMPLETION}) that CDI registers while we deliver a post-phase signal from there is
     * never called. So flush, and deliver, in a regular synchronization of our own, which runs first.
     */
    @Override
    public void postAcquireUnitOfWork(SessionEvent event) {
        SignalDispatcher dispatcher = connection.current();
        if (dispatcher != null && dispatcher.hasPostPhaseReceivers()
                && event.getSession() instanceof RepeatableWriteUnitOfWork unitOfWork
                && unitOfWork.getParent().getExternalTransactionController()
                        instanceof AbstractTransactionController controller) {
            JtaFlush.register(controller, unitOfWork);
        }
    }

    /** Loaded only under JTA. */
    private static final class JtaFlush implements Synchronization {
        private final RepeatableWriteUnitOfWork unitOfWork;

        private JtaFlush(RepeatableWriteUnitOfWork unitOfWork) {
            this.unitOfWork = unitOfWork;
        }

        static void register(AbstractTransactionController controller,
                RepeatableWriteUnitOfWork unitOfWork) {
            try {
                if (controller.getTransaction() instanceof Transaction transaction
                        && transaction.getStatus() == Status.STATUS_ACTIVE) {
                    transaction.registerSynchronization(new JtaFlush(unitOfWork));
                }
            } catch (RollbackException | SystemException | IllegalStateException notNow) {
                // preCommitUnitOfWork still flushes
            }
        }

        @Override
        public void beforeCompletion() {
            if (unitOfWork.isActive() && !unitOfWork.isCommitPending()) {
                flushAndDeliver(unitOfWork);
            }
        }

        @Override
        public void afterCompletion(int status) {
        }
    }

    /** Called by EclipseLink after a query ran: a refresh is signalled as a load. */
    @Override
    public void postExecuteQuery(SessionEvent event) {
        EclipseLinkHookup.queryExecuted(event, connection);
    }

    /** Called by EclipseLink when a unit of work starts to commit. */
    @Override
    public void preCommitUnitOfWork(SessionEvent event) {
        if (!(event.getSession() instanceof RepeatableWriteUnitOfWork unitOfWork)) {
            return;
        }
        // Flush first: the callbacks of these writes queue, postFlushUnitOfWork delivers them and writes what
        // receivers changed; the commit itself then finds nothing left to write. Not needed when nobody observes
        // a post phase.
        SignalDispatcher dispatcher = connection.current();
        if (dispatcher != null && dispatcher.hasPostPhaseReceivers()) {
            flushAndDeliver(unitOfWork);
        }
        EclipseLinkCompletion.beforeCompletion(unitOfWork, () -> flushAndDeliver(unitOfWork));
    }

    /**
     * Flushes, delivers what the flush queued, flushes what receivers wrote, until nothing is left. Marks the flush
     * itself, so it also works on EclipseLink before 4.0.4 (Payara 6 up to 6.2025.9 ships 4.0.1), which has no
     * pre/postFlushUnitOfWork events (eclipse-ee4j/eclipselink#1240); there the callbacks would otherwise run
     * inline, inside the commit, and entities persisted by receivers would be silently lost.
     */
    static void flushAndDeliver(RepeatableWriteUnitOfWork unitOfWork) {
        do {
            PendingSignals.enter(unitOfWork);
            try {
                unitOfWork.writeChanges();
            } finally {
                PendingSignals.leave(unitOfWork);
            }
        } while (PendingSignals.deliver(unitOfWork) > 0);
    }

    /** Called by EclipseLink when a unit of work starts to flush. */
    @Override
    public void preFlushUnitOfWork(SessionEvent event) {
        // a receiver flushing while signals are delivered: EclipseLink will merge this flush's changes into the
        // change set those signals read from
        PendingSignals.freezePending(event.getSession());
        PendingSignals.enter(event.getSession());
    }

    /**
     * Called by EclipseLink once it computed what a flush or commit writes, before writing anything: relation
     * signals are taken from there.
     */
    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        // EclipseLink also calculates changes for UnitOfWork.hasChanges() and getCurrentChanges(), which write
        // nothing: only a flush or a commit is signalled
        if (!(event.getSession() instanceof RepeatableWriteUnitOfWork writing)
                || !writing.isWithinFlush() && !writing.isCommitPending()) {
            return;
        }
        // a commit that is no flush of ours (nobody observes a post phase) raises no flush event: mark the unit of
        // work here, so the callbacks of its writes can tell what changed; forgotten when it commits or is released
        if (PendingSignals.currentOwner() != event.getSession()) {
            PendingSignals.enter(event.getSession());
        }
        SignalDispatcher dispatcher = connection.current();
        if (dispatcher != null && dispatcher.hasRelationReceivers()
                && event.getSession() instanceof AbstractSession unitOfWork
                && event.getProperty("UnitOfWorkChangeSet") instanceof UnitOfWorkChangeSet changes) {
            EclipseLinkRelations.signal(dispatcher, unitOfWork, changes);
        }
    }

    /** Called by EclipseLink when a session logged in: from now on saves of its entities can tell what changed. */
    @Override
    public void postLogin(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session) {
            EclipseLinkTracking.loggedIn(session);
            EntityIds.register(session, EclipseLinkCompletion::idOf);
        }
    }

    /** Called by EclipseLink when a session logs out. */
    @Override
    public void preLogout(SessionEvent event) {
        UnitHooks.closed(connection);
        if (event.getSession() instanceof AbstractSession session) {
            EclipseLinkTracking.loggedOut(session);
            EntityIds.unregister(session);
        }
    }

    /** Called by EclipseLink when a flush has written its rows, before the unit of work resumes. */
    @Override
    public void postFlushUnitOfWork(SessionEvent event) {
        Object owner = event.getSession();
        try {
            if (PendingSignals.hasPending(owner) && owner instanceof RepeatableWriteUnitOfWork unitOfWork) {
                // postFlushUnitOfWork fires before writeChanges() resumes the unit of work; resume first, or
                // entities persisted by receivers are marked existing without being inserted.
                unitOfWork.resumeUnitOfWork();
                if (PendingSignals.deliver(owner) > 0) {
                    unitOfWork.writeChanges();
                }
            }
        } finally {
            PendingSignals.leave(owner);
        }
    }

    /** Called by EclipseLink after a unit of work committed: after-completion receivers run. */
    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        PendingSignals.forget(event.getSession());
        if (event.getSession() instanceof AbstractSession unitOfWork) {
            EclipseLinkCompletion.committed(unitOfWork);
        }
    }

    /**
     * Called by EclipseLink when a unit of work is released: after a commit, a rollback or a failed commit, or when
     * its EntityManager closes outside a transaction.
     */
    @Override
    public void postReleaseUnitOfWork(SessionEvent event) {
        PendingSignals.forget(event.getSession());
        if (event.getSession() instanceof AbstractSession unitOfWork) {
            EclipseLinkCompletion.released(unitOfWork);
        }
    }
}

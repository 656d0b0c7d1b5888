package org.entitysignals.internal.eclipselink;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import org.entitysignals.internal.Names;
import org.entitysignals.internal.runtime.RelationChanges;
import org.entitysignals.internal.runtime.UnitSignals;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.transaction.AbstractTransactionController;

/**
 * What the EclipseLink session listener ({@code org.entitysignals.eclipselink.EclipseLinkSignals}) does with the
 * session events of its unit, in terms of the unit's {@link UnitSignals}: the unit of work is the owner whose flush
 * post-phase signals wait for, and whose transaction transactional receivers wait for.
 */
public final class EclipseLinkSessionHook {

    /** The bean manager the unit was given (JPA's {@code jakarta.persistence.bean.manager}), as servers pass. */
    private volatile BeanManager beanManager;
    private final UnitSignals signals = UnitSignals.ofUnit(() -> beanManager, EclipseLinkCompletion.BINDING);

    /**
     * Attaches the lifecycle callbacks to every entity before the descriptors initialize, and says how units are
     * hooked.
     */
    public void preLogin(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session) {
            if (session.getProperty(PersistenceUnitProperties.CDI_BEANMANAGER) instanceof BeanManager given) {
                beanManager = given;
            }
            EclipseLinkCallbacks.attach(session, signals);
            signals.hooked(EclipseLinkUnits.nameOf(session), "EclipseLink", Names.SESSION_LISTENER,
                    session, EclipseLinkCompletion::idOf);
            new EclipseLinkUnits().reportUnhooked(signals);
        }
    }

    /** From now on saves of the session's entities can tell what changed. */
    public void postLogin(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session) {
            EclipseLinkTracking.loggedIn(session);
        }
    }

    public void preLogout(SessionEvent event) {
        signals.closed(event.getSession());
        EclipseLinkTracking.loggedOut(event.getSession());
    }

    /**
     * Under JTA, EclipseLink writes the rows in an <em>interposed</em> synchronization, which runs after every
     * regular one: a transactional observer ({@code during = BEFORE_COMPLETION}) that CDI registers while we deliver
     * a post-phase signal from there is never called. So flush, and deliver, in a regular synchronization of our
     * own, which runs first.
     */
    public void postAcquireUnitOfWork(SessionEvent event) {
        if (signals.hasPostPhaseReceivers() && event.getSession() instanceof RepeatableWriteUnitOfWork unitOfWork
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

        static void register(AbstractTransactionController controller, RepeatableWriteUnitOfWork unitOfWork) {
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

    /** A query ran: entities it refreshed were loaded again. */
    public void postExecuteQuery(SessionEvent event) {
        EclipseLinkCallbacks.refreshed(signals, event);
    }

    public void preCommitUnitOfWork(SessionEvent event) {
        if (!(event.getSession() instanceof RepeatableWriteUnitOfWork unitOfWork)) {
            return;
        }
        // Flush first: the callbacks of these writes queue, postFlushUnitOfWork delivers them and writes what
        // receivers changed; the commit itself then finds nothing left to write. Not needed when nobody observes
        // a post phase.
        if (signals.hasPostPhaseReceivers()) {
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
            UnitSignals.flushStarts(unitOfWork);
            try {
                unitOfWork.writeChanges();
            } finally {
                UnitSignals.flushEnds(unitOfWork);
            }
        } while (UnitSignals.deliverQueued(unitOfWork) > 0);
    }

    public void preFlushUnitOfWork(SessionEvent event) {
        // a receiver flushing while signals are delivered: EclipseLink will merge this flush's changes into the
        // change set those signals read from
        UnitSignals.flushStartsAgain(event.getSession());
    }

    /** EclipseLink computed what a flush or commit writes, before writing anything: relation signals start here. */
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        // EclipseLink also calculates changes for UnitOfWork.hasChanges() and getCurrentChanges(), which write
        // nothing: only a flush or a commit is signalled
        if (!(event.getSession() instanceof RepeatableWriteUnitOfWork writing)
                || !writing.isWithinFlush() && !writing.isCommitPending()) {
            return;
        }
        // a commit that is no flush of ours (nobody observes a post phase) raises no flush event: mark the unit of
        // work here, so the callbacks of its writes can tell what changed; forgotten when it commits or is released
        if (UnitSignals.flushingOwner() != writing) {
            UnitSignals.flushStarts(writing);
        }
        RelationChanges relations = signals.relationChanges();
        if (relations != null && event.getProperty("UnitOfWorkChangeSet") instanceof UnitOfWorkChangeSet changes) {
            EclipseLinkRelations.collect(relations, writing, changes);
            signals.deliverRelations(relations, writing);
        }
    }

    /** A flush has written its rows, before the unit of work resumes. */
    public void postFlushUnitOfWork(SessionEvent event) {
        Object owner = event.getSession();
        try {
            if (UnitSignals.hasQueued(owner) && owner instanceof RepeatableWriteUnitOfWork unitOfWork) {
                // postFlushUnitOfWork fires before writeChanges() resumes the unit of work; resume first, or
                // entities persisted by receivers are marked existing without being inserted.
                unitOfWork.resumeUnitOfWork();
                if (UnitSignals.deliverQueued(owner) > 0) {
                    unitOfWork.writeChanges();
                }
            }
        } finally {
            UnitSignals.flushEnds(owner);
        }
    }

    /** A unit of work committed: after-completion receivers run. */
    public void postCommitUnitOfWork(SessionEvent event) {
        completed(event, true);
    }

    /**
     * A unit of work was released: after a commit, a rollback or a failed commit, or closed outside one. One still
     * waiting then did not commit.
     */
    public void postReleaseUnitOfWork(SessionEvent event) {
        completed(event, false);
    }

    private static void completed(SessionEvent event, boolean committed) {
        UnitSignals.forget(event.getSession());
        if (event.getSession() instanceof AbstractSession unitOfWork) {
            EclipseLinkCompletion.complete(unitOfWork, committed);
        }
    }
}

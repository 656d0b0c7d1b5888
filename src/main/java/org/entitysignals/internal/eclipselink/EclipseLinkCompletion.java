package org.entitysignals.internal.eclipselink;

import org.entitysignals.internal.runtime.UnitSignals;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;

/**
 * The library's transaction phases on EclipseLink, for a resource-local unit of work (under JTA the container runs
 * transaction phases). The completion is held as a property of the unit of work; the session listener calls it:
 * {@link #beforeCompletion} from {@code preCommitUnitOfWork}, after the commit's own flush,
 * {@link #complete} from {@code postCommitUnitOfWork}, once the database committed, and from
 * {@code postReleaseUnitOfWork}: a unit of work still waiting then was rolled back, or failed to commit, as
 * {@code EntityManager.close()} with a transaction in progress does not release it (the transaction may still
 * commit, or is dropped with it).
 */
final class EclipseLinkCompletion {

    private static final String PROPERTY = "org.entitysignals.completion";

    /** Attaches to an active resource-local unit of work. */
    static final UnitSignals.TransactionBinding BINDING = (owner, completion) -> {
        if (owner instanceof RepeatableWriteUnitOfWork unitOfWork && unitOfWork.isActive()
                && unitOfWork.getParent().getExternalTransactionController() == null) {
            unitOfWork.setProperty(PROPERTY, completion);
            return true;
        }
        return false;
    };

    private EclipseLinkCompletion() {
    }

    /**
     * Runs the unit of work's {@code BEFORE_COMPLETION} receivers, flushing what they wrote, until none is left.
     *
     * @param flush flushes the unit of work and delivers the post phase of that flush
     */
    static void beforeCompletion(RepeatableWriteUnitOfWork unitOfWork, Runnable flush) {
        while (UnitSignals.beforeCompletion(unitOfWork) > 0) {
            flush.run();
        }
    }

    /**
     * The unit of work's transaction ended: committed ({@code postCommitUnitOfWork}), or not, when a unit of work
     * still waiting is released ({@code postReleaseUnitOfWork}).
     */
    static void complete(AbstractSession unitOfWork, boolean committed) {
        if (UnitSignals.afterCompletion(unitOfWork, committed)) {
            unitOfWork.removeProperty(PROPERTY);
        }
    }

    /** The id of an entity of this session, for failure reports; {@code null} for another's. */
    static Object idOf(Object session, Object entity) {
        AbstractSession mapping = (AbstractSession) session;
        return mapping.getDescriptor(entity.getClass()) == null ? null : mapping.getId(entity);
    }
}

package org.entitysignals.internal.eclipselink;

import org.entitysignals.internal.Completion;
import org.entitysignals.internal.Completions;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;

/**
 * The library's transaction phases on EclipseLink, for a resource-local unit of work (under JTA the container runs
 * transaction phases). The completion is held as a property of the unit of work; the session listener calls it:
 * {@link #beforeCompletion} from {@code preCommitUnitOfWork}, after the commit's own flush,
 * {@link #committed} from {@code postCommitUnitOfWork}, once the database committed, and {@link #released} from
 * {@code postReleaseUnitOfWork}: a unit of work still waiting then was rolled back, or failed to commit, as
 * {@code EntityManager.close()} with a transaction in progress does not release it (the transaction may still
 * commit, or is dropped with it).
 */
public final class EclipseLinkCompletion {

    private static final String PROPERTY = "org.entitysignals.completion";

    /** Attaches to an active resource-local unit of work. */
    public static final Completions.Binding BINDING = (owner, completion) -> {
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
    public static void beforeCompletion(RepeatableWriteUnitOfWork unitOfWork, Runnable flush) {
        Completion completion = Completions.current(unitOfWork);
        while (completion != null && completion.beforeCompletion() > 0) {
            flush.run();
        }
    }

    public static void committed(AbstractSession unitOfWork) {
        complete(unitOfWork, true);
    }

    public static void released(AbstractSession unitOfWork) {
        complete(unitOfWork, false);
    }

    private static void complete(AbstractSession unitOfWork, boolean committed) {
        Completion completion = Completions.take(unitOfWork);
        if (completion != null) {
            unitOfWork.removeProperty(PROPERTY);
            completion.afterCompletion(committed);
        }
    }

    /** The id of an entity of this session, for failure reports; {@code null} for another's. */
    public static Object idOf(Object session, Object entity) {
        AbstractSession mapping = (AbstractSession) session;
        return mapping.getDescriptor(entity.getClass()) == null ? null : mapping.getId(entity);
    }
}

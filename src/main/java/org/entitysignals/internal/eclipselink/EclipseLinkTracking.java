package org.entitysignals.internal.eclipselink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entitysignals.internal.Callback;
import org.entitysignals.internal.runtime.ChangeSource;
import org.entitysignals.internal.runtime.ChangeTracking;
import org.entitysignals.internal.runtime.UnitSignals;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;

/**
 * Tells the entity listener what a save changes on EclipseLink. During a flush the session listener has marked the
 * unit of work flushing on this thread ({@link UnitSignals#flushingOwner()}), whose change set holds the entity's
 * records. {@code @PrePersist} runs in {@code persist()}, outside any flush: the entity's descriptor then comes from
 * the sessions logged in with the session listener.
 */
final class EclipseLinkTracking implements ChangeTracking {

    static final EclipseLinkTracking INSTANCE = new EclipseLinkTracking();

    /** Entity classes of the sessions logged in with the session listener: the latest login wins. */
    private static final Map<Class<?>, AbstractSession> SESSIONS = new ConcurrentHashMap<>();

    private EclipseLinkTracking() {
    }

    /** A session logged in with the session listener: its entities' changes can be told. */
    static void loggedIn(AbstractSession session) {
        ChangeTracking.register(INSTANCE);
        for (Class<?> entityClass : session.getDescriptors().keySet()) {
            SESSIONS.put(entityClass, session);
        }
    }

    /** The session logs out: forget it. */
    static void loggedOut(Object session) {
        SESSIONS.values().removeIf(known -> known == session);
    }

    @Override
    public ChangeSource changes(Callback callback, Object entity) {
        if (UnitSignals.flushingOwner() instanceof RepeatableWriteUnitOfWork unitOfWork) {
            ClassDescriptor descriptor = unitOfWork.getDescriptor(entity.getClass());
            if (descriptor == null) {
                return null;
            }
            Mappings mappings = Mappings.of(descriptor);
            if (callback.created()) {
                return new EclipseLinkChanges(true, mappings, unitOfWork, entity, null, true);
            }
            ObjectChangeSet changeSet = changeSetOf(unitOfWork, entity);
            if (changeSet == null || !EclipseLinkChanges.changesAttributes(mappings, changeSet)) {
                return ChangeSource.RELATIONS_ONLY;
            }
            return new EclipseLinkChanges(false, mappings, unitOfWork, entity, changeSet,
                    callback == Callback.POST_UPDATE);
        }
        AbstractSession session = SESSIONS.get(entity.getClass());
        if (callback == Callback.PRE_PERSIST && session != null) {
            return new EclipseLinkChanges(true, Mappings.of(session.getDescriptor(entity.getClass())), session,
                    entity, null, false);
        }
        return null;
    }

    /** The entity's change set in the flush under way. */
    private static ObjectChangeSet changeSetOf(RepeatableWriteUnitOfWork unitOfWork, Object entity) {
        UnitOfWorkChangeSet changes = (UnitOfWorkChangeSet) unitOfWork.getUnitOfWorkChangeSet();
        if (changes == null) {
            changes = unitOfWork.getCumulativeUOWChangeSet();
        }
        return changes == null ? null : (ObjectChangeSet) changes.getObjectChangeSetForClone(entity);
    }
}

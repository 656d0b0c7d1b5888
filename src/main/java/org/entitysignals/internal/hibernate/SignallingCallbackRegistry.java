package org.entitysignals.internal.hibernate;

import org.entitysignals.internal.Callback;
import org.entitysignals.internal.Phase;
import org.entitysignals.internal.runtime.Delivery;
import org.entitysignals.internal.runtime.UnitSignals;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.FlushEntityEvent;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackType;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Raises the pre-phase signal of each JPA callback, then runs Hibernate's own callbacks (default listeners, entity
 * listeners, callback methods) with the mapping-file listener silenced, so a unit with both routes signals once.
 * Signals come first, as a default listener's would.
 */
final class SignallingCallbackRegistry implements CallbackRegistry {

    private final CallbackRegistry delegate;
    private final UnitSignals signals;
    private final SessionFactoryImplementor sessionFactory;

    SignallingCallbackRegistry(CallbackRegistry delegate, UnitSignals signals,
            SessionFactoryImplementor sessionFactory) {
        this.delegate = delegate;
        this.signals = signals;
        this.sessionFactory = sessionFactory;
    }

    @Override
    public boolean hasRegisteredCallbacks(Class<?> entityClass, CallbackType type) {
        return delegate.hasRegisteredCallbacks(entityClass, type) || hasReceivers(entityClass, type);
    }

    @Override
    public void preCreate(Object entity) {
        Delivery delivery = signals.prepare(Callback.PRE_PERSIST, entity);
        if (delivery != null) {
            EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(entity.getClass());
            signals.deliver(delivery.changes(new HibernateChanges(true, persister, null, entity, null, null, null)),
                    null);
        }
        runOwnCallbacks(entity, CallbackType.PRE_PERSIST);
    }

    @Override
    public void postCreate(Object entity) {
        // the post phase is signalled by PostPhaseSignals, which knows the session to queue it for
        runOwnCallbacks(entity, CallbackType.POST_PERSIST);
    }

    @Override
    public boolean preUpdate(Object entity) {
        // true tells Hibernate to re-read the entity's state: a pre-save receiver may have changed it
        boolean signalled = preUpdateSignal(entity);
        if (!delegate.hasRegisteredCallbacks(entity.getClass(), CallbackType.PRE_UPDATE)) {
            return signalled;
        }
        boolean outer = UnitSignals.silenceListener();
        try {
            return delegate.preUpdate(entity) || signalled;
        } finally {
            UnitSignals.restoreListener(outer);
        }
    }

    @Override
    public void postUpdate(Object entity) {
        // the post phase is signalled by PostPhaseSignals, which knows the session to queue it for
        runOwnCallbacks(entity, CallbackType.POST_UPDATE);
    }

    @Override
    public void preRemove(Object entity) {
        signal(Callback.PRE_REMOVE, entity);
        runOwnCallbacks(entity, CallbackType.PRE_REMOVE);
    }

    @Override
    public void postRemove(Object entity) {
        // the post phase is signalled by PostPhaseSignals, which knows the session to queue it for
        runOwnCallbacks(entity, CallbackType.POST_REMOVE);
    }

    @Override
    public boolean postLoad(Object entity) {
        boolean signalled = signal(Callback.POST_LOAD, entity);
        if (!delegate.hasRegisteredCallbacks(entity.getClass(), CallbackType.POST_LOAD)) {
            return signalled;
        }
        boolean outer = UnitSignals.silenceListener();
        try {
            return delegate.postLoad(entity) || signalled;
        } finally {
            UnitSignals.restoreListener(outer);
        }
    }

    @Override
    public void release() {
        delegate.release();
    }

    /** Hibernate's own callbacks for the entity, if it has any, with the mapping-file listener silenced. */
    private void runOwnCallbacks(Object entity, CallbackType type) {
        if (!delegate.hasRegisteredCallbacks(entity.getClass(), type)) {
            return;
        }
        boolean outer = UnitSignals.silenceListener();
        try {
            switch (type) {
                case PRE_PERSIST -> delegate.preCreate(entity);
                case POST_PERSIST -> delegate.postCreate(entity);
                case POST_UPDATE -> delegate.postUpdate(entity);
                case PRE_REMOVE -> delegate.preRemove(entity);
                case POST_REMOVE -> delegate.postRemove(entity);
                default -> throw new IllegalArgumentException(type.toString());
            }
        } finally {
            UnitSignals.restoreListener(outer);
        }
    }

    /**
     * The pre-update signal, told what changes from the entry Hibernate is flushing; none when only relation
     * collections changed, which is a relation change, not a save. Hibernate calls {@code @PreUpdate} then for a
     * versioned entity whose collection changed (no dirty property, a dirty collection), and for any entity whose
     * collection was replaced (the property is dirty once it holds another instance: {@code CollectionType.isDirty}
     * in Hibernate 6.6 and 7.1), though it writes no row of the entity then.
     */
    private boolean preUpdateSignal(Object entity) {
        Delivery delivery = signals.prepare(Callback.PRE_UPDATE, entity);
        if (delivery == null) {
            return false;
        }
        FlushEntityEvent flushing = FlushingEntity.of(entity);
        if (flushing == null) {
            signals.deliver(delivery, null);
            return true;
        }
        EntityEntry entry = flushing.getEntityEntry();
        EntityPersister persister = entry.getPersister();
        int[] dirty = flushing.getDirtyProperties();
        if (flushing.isDirtyCheckPossible() && (dirty == null || !HibernateChanges.changesAttributes(persister, dirty))
                && !HibernateChanges.changesElementCollection(persister, entity, flushing.getSession())) {
            return false;
        }
        signals.deliver(delivery.changes(new HibernateChanges(false, persister, flushing.getSession(), entity,
                entry.getLoadedState(), null, null)), null);
        return true;
    }

    private boolean signal(Callback callback, Object entity) {
        Delivery delivery = signals.prepare(callback, entity);
        if (delivery == null) {
            return false;
        }
        signals.deliver(delivery, null);
        return true;
    }

    private boolean hasReceivers(Class<?> entityClass, CallbackType type) {
        Phase phase = switch (type) {
            case PRE_PERSIST, PRE_UPDATE -> Phase.PRE_SAVE;
            case POST_PERSIST, POST_UPDATE -> Phase.POST_SAVE;
            case PRE_REMOVE -> Phase.PRE_DELETE;
            case POST_REMOVE -> Phase.POST_DELETE;
            case POST_LOAD -> Phase.LOADED;
            default -> null;
        };
        return phase != null && signals.observes(entityClass, phase);
    }
}

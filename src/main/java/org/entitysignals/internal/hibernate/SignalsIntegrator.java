package org.entitysignals.internal.hibernate;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.entitysignals.internal.runtime.UnitSignals;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventEngine;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackRegistryConsumer;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.resource.beans.container.spi.ExtendedBeanManager;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Zero-config route on Hibernate: wraps the session factory's JPA callback registry so that Hibernate raises the
 * pre-phase signals exactly where it invokes {@code @PrePersist}, {@code @PreUpdate} and {@code @PreRemove}, and
 * appends event listeners that deliver the post phase after each flush ({@link PostPhaseSignals}). Disabled per
 * persistence unit with the property {@value #ENABLED} = {@code false}.
 */
public final class SignalsIntegrator implements Integrator {

    /** Persistence-unit property that turns the integrator off (the mapping-file listener still works). */
    public static final String ENABLED = "org.entitysignals.hibernate.integrator";

    /** JPA's property through which servers hand the persistence unit their CDI bean manager. */
    private static final String BEAN_MANAGER = "jakarta.persistence.bean.manager";

    /** The signals of each session factory integrated, until it closes. */
    private final Map<SessionFactoryImplementor, UnitSignals> units = new ConcurrentHashMap<>();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        UnitSignals signals = UnitSignals.ofUnit(givenBeanManager(sessionFactory.getProperties().get(BEAN_MANAGER)),
                HibernateCompletion.BINDING);
        units.put(sessionFactory, signals);
        Object enabled = sessionFactory.getProperties().get(ENABLED);
        if (enabled != null && !Boolean.parseBoolean(enabled.toString())) {
            signals.integratorOff(unitName(sessionFactory), entityClasses(metadata));
            return;
        }
        EventEngine engine = sessionFactory.getEventEngine();
        CallbackRegistry signalling = new SignallingCallbackRegistry(engine.getCallbackRegistry(), signals,
                sessionFactory);
        EventListenerRegistry listeners = engine.getListenerRegistry();
        // Hibernate hands its callback registry to every listener implementing CallbackRegistryConsumer
        // (persist, flush-entity, delete, post-insert/update/delete, post-load): hand ours instead.
        for (EventType<?> type : EventType.values()) {
            for (Object listener : listeners.getEventListenerGroup(type).listeners()) {
                if (listener instanceof CallbackRegistryConsumer consumer) {
                    consumer.injectCallbackRegistry(signalling);
                }
            }
        }
        listeners.prependListeners(EventType.FLUSH_ENTITY, FlushingEntity.opening());
        listeners.appendListeners(EventType.FLUSH_ENTITY, FlushingEntity.closing());
        PostPhaseSignals postPhase = new PostPhaseSignals(signals);
        listeners.appendListeners(EventType.POST_INSERT, postPhase);
        listeners.appendListeners(EventType.POST_UPDATE, postPhase);
        listeners.appendListeners(EventType.POST_DELETE, postPhase);
        listeners.appendListeners(EventType.FLUSH, postPhase);
        listeners.appendListeners(EventType.AUTO_FLUSH, postPhase);
        RelationSignals relations = new RelationSignals(signals);
        listeners.prependListeners(EventType.FLUSH, relations);
        listeners.prependListeners(EventType.AUTO_FLUSH, relations);
        listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, relations);
        listeners.appendListeners(EventType.PRE_COLLECTION_RECREATE, relations);
        listeners.appendListeners(EventType.PRE_COLLECTION_REMOVE, relations);
        TransactionManager transactionManager = sessionFactory.getServiceRegistry()
                .requireService(JtaPlatform.class).retrieveTransactionManager();
        if (transactionManager != null) {
            JtaCommitFlush commitFlush = new JtaCommitFlush(transactionManager, signals);
            listeners.appendListeners(EventType.PERSIST, commitFlush);
            listeners.appendListeners(EventType.MERGE, commitFlush);
            listeners.appendListeners(EventType.DELETE, commitFlush);
            listeners.appendListeners(EventType.POST_LOAD, commitFlush);
        }
        signals.hooked(unitName(sessionFactory), "Hibernate", "the library's Hibernate integrator", sessionFactory,
                SignalsIntegrator::idOf);
    }

    private static String unitName(SessionFactoryImplementor sessionFactory) {
        Object unit = sessionFactory.getProperties().get(AvailableSettings.PERSISTENCE_UNIT_NAME);
        return unit != null ? unit.toString() : String.valueOf(sessionFactory.getName());
    }

    private static List<Class<?>> entityClasses(Metadata metadata) {
        return metadata.getEntityBindings().stream().map(PersistentClass::getMappedClass)
                .filter(Objects::nonNull).<Class<?>>map(type -> type).toList();
    }

    /**
     * The bean manager the unit was given: a {@link BeanManager}, or (WildFly) Hibernate's
     * {@link ExtendedBeanManager}, which hands the real one over once CDI has started.
     */
    private static Supplier<BeanManager> givenBeanManager(Object given) {
        if (given instanceof BeanManager beanManager) {
            return () -> beanManager;
        }
        AtomicReference<BeanManager> started = new AtomicReference<>();
        if (given instanceof ExtendedBeanManager extended) {
            extended.registerLifecycleListener(new ExtendedBeanManager.LifecycleListener() {
                @Override
                public void beanManagerInitialized(BeanManager beanManager) {
                    started.set(beanManager);
                }

                @Override
                public void beforeBeanManagerDestroyed(BeanManager beanManager) {
                    started.set(null);
                }
            });
        }
        return started::get;
    }

    /** The id of an entity of this session factory, for failure reports; {@code null} for another's. */
    private static Object idOf(Object sessionFactory, Object entity) {
        SessionFactoryImplementor factory = (SessionFactoryImplementor) sessionFactory;
        return factory.getMappingMetamodel().findEntityDescriptor(entity.getClass()) == null ? null
                : factory.getPersistenceUnitUtil().getIdentifier(entity);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        UnitSignals signals = units.remove(sessionFactory);
        if (signals != null) {
            signals.closed(sessionFactory);
        }
    }
}

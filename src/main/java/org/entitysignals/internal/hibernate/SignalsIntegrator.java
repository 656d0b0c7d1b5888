package org.entitysignals.internal.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventEngine;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackRegistryConsumer;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Zero-config route on Hibernate: wraps the session factory's JPA callback registry so that Hibernate raises the
 * signals at exactly the points where it invokes {@code @PrePersist} ... {@code @PostRemove}. Disabled per
 * persistence unit with the property {@value #ENABLED} = {@code false}.
 */
public final class SignalsIntegrator implements Integrator {

    /** Persistence-unit property that turns the integrator off (the mapping-file listener still works). */
    public static final String ENABLED = "org.entitysignals.hibernate.integrator";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        Object enabled = sessionFactory.getProperties().get(ENABLED);
        if (enabled != null && !Boolean.parseBoolean(enabled.toString())) {
            return;
        }
        EventEngine engine = sessionFactory.getEventEngine();
        CallbackRegistry signalling = new SignallingCallbackRegistry(engine.getCallbackRegistry());
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
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing held beyond the session factory's own lifetime
    }
}

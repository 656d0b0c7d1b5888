package org.entitysignals.internal.runtime;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.entitysignals.internal.Callback;
import org.entitysignals.internal.Messages;

/**
 * How a JPA-side hook (the entity listener, the Hibernate integrator) finds the dispatcher of the running CDI
 * container: through the {@link BeanManager} the provider injected when it has one (JPA's
 * {@code jakarta.persistence.bean.manager}), else {@link CDI#current()}. The dispatcher is cached until its
 * container shuts down, so the hot path is one volatile read.
 */
final class DispatcherConnection {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private final Supplier<BeanManager> injected;
    private static final AtomicBoolean SHARED_WARNING = new AtomicBoolean();

    private final AtomicBoolean warned;
    private volatile SignalDispatcher dispatcher;
    private volatile int failedAt = -1;
    /** Why the last lookup failed: no container ({@code null}: a container without the extension). */
    private volatile Throwable failure;

    /**
     * A connection that warns once per JVM until a container starts: for hooks a provider creates many times per
     * persistence unit (EclipseLink instantiates a default listener per entity class).
     *
     * @param injected the bean manager the provider gave the hook, or a supplier of {@code null}
     */
    static DispatcherConnection sharedWarning(Supplier<BeanManager> injected) {
        return new DispatcherConnection(injected, SHARED_WARNING);
    }

    /**
     * A connection that warns once on its own: for hooks created once per persistence unit.
     *
     * @param injected the bean manager the persistence unit was given, or a supplier of {@code null}
     */
    static DispatcherConnection ownWarning(Supplier<BeanManager> injected) {
        return new DispatcherConnection(injected, new AtomicBoolean());
    }

    private DispatcherConnection(Supplier<BeanManager> injected, AtomicBoolean warned) {
        this.injected = injected;
        this.warned = warned;
    }

    /** A connection to one running dispatcher: for reports made as its container starts. */
    static DispatcherConnection of(SignalDispatcher dispatcher) {
        DispatcherConnection connection = new DispatcherConnection(() -> null, new AtomicBoolean());
        connection.dispatcher = dispatcher;
        return connection;
    }

    /** A container started: connections that found none try again, and warn again. */
    static void containerStarted() {
        SHARED_WARNING.set(false);
    }

    /**
     * The running dispatcher, or {@code null} (after one warning) when there is no CDI container to deliver to.
     *
     * @param entityClass the class of the callback's entity, named in the warning
     */
    SignalDispatcher get(Class<?> entityClass) {
        SignalDispatcher current = dispatcher;
        if (current != null && current.running()) {
            return current;
        }
        current = connect(entityClass);
        dispatcher = current;
        return current;
    }

    /**
     * The signal of a callback, ready to deliver; {@code null} when there is no container (after one warning),
     * nobody receives it, or it is muted.
     */
    Delivery prepare(Callback callback, Object entity) {
        SignalDispatcher dispatcher = get(entity.getClass());
        return dispatcher == null ? null : dispatcher.prepare(callback, entity);
    }

    /** The running dispatcher, or {@code null} without a warning: for hooks that only need to know. */
    SignalDispatcher current() {
        SignalDispatcher current = dispatcher;
        if (current != null && current.running()) {
            return current;
        }
        current = connect(null);
        dispatcher = current;
        return current;
    }

    private SignalDispatcher connect(Class<?> entityClass) {
        int attempt = Dispatchers.starts();
        if (failedAt == attempt) {
            // a hook that only needed to know may have found no container first: the warning is still owed
            warnOnce(entityClass, failure);
            return null;
        }
        BeanManager beanManager;
        try {
            beanManager = injected.get();
            if (beanManager == null) {
                beanManager = CDI.current().getBeanManager();
            }
        } catch (RuntimeException | LinkageError noContainer) {
            return failed(attempt, entityClass, noContainer);
        }
        try {
            return Dispatchers.of(beanManager);
        } catch (IllegalArgumentException notRegistered) {
            return failed(attempt, entityClass, null);
        }
    }

    /** Remembers the failure until another container starts; warns once. No container: {@code cause} is set. */
    private SignalDispatcher failed(int attempt, Class<?> entityClass, Throwable cause) {
        failure = cause;
        failedAt = attempt;
        warnOnce(entityClass, cause);
        return null;
    }

    private void warnOnce(Class<?> entityClass, Throwable cause) {
        if (entityClass != null && warned.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, cause != null ? Messages.noContainer(entityClass, cause.toString())
                    : Messages.extensionMissing(entityClass));
        }
    }
}

package org.entitysignals.internal;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a JPA callback into one CDI event. Everything is resolved once per entity class and phase (lazily, on the
 * first callback) into a {@link Route}: the event is then fired once with the phase qualifier and the
 * {@link SenderGroup} of every sender list that accepts the entity, so CDI itself orders the receivers by
 * {@code @Priority} and applies transaction phases. An entity class nobody listens to costs a {@link ClassValue} lookup.
 */
public final class SignalDispatcher {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private final BeanManager beanManager;
    private final List<Receiver> receivers;
    private final boolean hasPostPhaseReceivers;
    private volatile boolean running = true;
    private final ClassValue<Route[]> routes = new ClassValue<>() {
        @Override
        protected Route[] computeValue(Class<?> entityClass) {
            return resolve(entityClass);
        }
    };

    SignalDispatcher(BeanManager beanManager, List<Receiver> receivers) {
        this.beanManager = beanManager;
        this.receivers = List.copyOf(receivers);
        this.hasPostPhaseReceivers = receivers.stream().anyMatch(receiver -> receiver.phase().afterFlush());
    }

    /** The signal of a callback, ready to deliver now or later; {@code null} when nobody receives it. */
    public Delivery prepare(Callback callback, Object entity) {
        Route route = routes.get(entity.getClass())[callback.phase().ordinal()];
        if (route == null || Muting.isMuted(entity.getClass())) {
            return null;
        }
        return new Delivery(route, callback.eventFor(entity));
    }

    /** Whether any receiver observes a post phase: if none does, flush hooks have nothing to wait for. */
    public boolean hasPostPhaseReceivers() {
        return hasPostPhaseReceivers;
    }

    public boolean hasReceivers(Class<?> entityClass, Phase phase) {
        return routes.get(entityClass)[phase.ordinal()] != null;
    }

    boolean running() {
        return running;
    }

    void stop() {
        running = false;
    }

    private Route[] resolve(Class<?> entityClass) {
        Route[] resolved = new Route[Phase.values().length];
        for (Phase phase : Phase.values()) {
            Set<Annotation> qualifiers = new LinkedHashSet<>();
            qualifiers.add(phase.anyQualifier());
            boolean sync = false;
            boolean async = false;
            for (Receiver receiver : receivers) {
                if (receiver.phase() == phase && receiver.accepts(entityClass)) {
                    qualifiers.addAll(receiver.qualifiers());
                    sync |= !receiver.async();
                    async |= receiver.async();
                }
            }
            if (sync || async) {
                Event<Object> event = beanManager.getEvent().select(qualifiers.toArray(Annotation[]::new));
                resolved[phase.ordinal()] = new Route(event, sync, async);
            }
        }
        return resolved;
    }

    /** One signal about to be delivered. */
    public static final class Delivery {

        private final Route route;
        private final Object payload;

        private Delivery(Route route, Object payload) {
            this.route = route;
            this.payload = payload;
        }

        public void run() {
            route.deliver(payload);
        }
    }

    /** The pre-selected event of one entity class and phase. */
    private record Route(Event<Object> event, boolean sync, boolean async) {

        /**
         * Fires, and lets a receiver's runtime exception out as thrown, as CDI does for ordinary observers: Weld
         * wraps every exception of an observer re-registered by an extension in an {@link ObserverException}
         * (a checked exception arrives as {@code ObserverException}, as usual).
         */
        private void fire(Object payload) {
            try {
                event.fire(payload);
            } catch (ObserverException wrapped) {
                if (wrapped.getCause() instanceof RuntimeException thrown) {
                    throw thrown;
                }
                throw wrapped;
            }
        }

        void deliver(Object payload) {
            if (sync) {
                fire(payload);
            }
            if (async) {
                event.fireAsync(payload).exceptionally(failure -> {
                    LOG.log(System.Logger.Level.WARNING, Messages.asyncFailure(payload.toString(), failure), failure);
                    return null;
                });
            }
        }
    }
}

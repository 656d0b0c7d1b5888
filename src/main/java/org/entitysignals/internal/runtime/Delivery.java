package org.entitysignals.internal.runtime;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObserverException;
import org.entitysignals.DeleteEvent;
import org.entitysignals.LoadEvent;
import org.entitysignals.RelationEvent;
import org.entitysignals.SaveEvent;
import org.entitysignals.internal.Messages;

/** One signal about to be delivered. */
public final class Delivery {

    /** Whether the flight recorder can be used from here at all: see {@link #flightRecorderVisible()}. */
    private static final boolean FLIGHT_RECORDER = flightRecorderVisible();

    /** One DEBUG line per delivery, where the application turns it on: {@code org.entitysignals.delivery}. */
    private static final System.Logger DELIVERIES = System.getLogger("org.entitysignals.delivery");

    /** Stands for the owner flushing on this thread, looked up only if needed. */
    private static final Object FLUSHING_OWNER = new Object();

    private final Route route;
    private final Object payload;
    private final boolean afterFlush;

    /** @param afterFlush whether it waits for the end of the flush that raised it, where a provider tells one */
    Delivery(Route route, Object payload, boolean afterFlush) {
        this.route = route;
        this.payload = payload;
        this.afterFlush = afterFlush;
    }

    boolean afterFlush() {
        return afterFlush;
    }

    /**
     * Tells a save signal what the save changes.
     *
     * @return this delivery
     */
    public Delivery changes(ChangeSource changes) {
        if (payload instanceof EntitySaveEvent save) {
            save.changes(changes);
        }
        return this;
    }

    /** Copies what the signal reads from the provider's state, which is about to change. */
    void freeze() {
        if (payload instanceof EntitySaveEvent save) {
            save.freeze();
        }
    }

    /** Delivers for the owner flushing on this thread, if any: see {@link #run(Object)}. */
    void run() {
        run(FLUSHING_OWNER);
    }

    /**
     * Delivers: fires once for the synchronous receivers (CDI orders them by {@code @Priority}, and defers the
     * transactional ones where it has a transaction integration), hands the transactional receivers the library
     * runs itself to the owner's transaction, and fires each asynchronous receiver on its own. Written flat, as
     * it runs on every signal: the fewer frames between the JPA callback and the container, the more of the
     * container's work the JIT inlines (and the fewer of its temporaries it allocates).
     *
     * @param owner the persistence context whose flush raised the signal, or {@code null} when unknown
     */
    void run(Object owner) {
        if (DELIVERIES.isLoggable(System.Logger.Level.DEBUG)) {
            Object entity = entity();
            DELIVERIES.log(System.Logger.Level.DEBUG, Messages.delivering(phase(), entity.getClass(),
                    EntityIds.of(entity), receivers()));
        }
        if (FLIGHT_RECORDER && DeliveryRecord.recording()) {
            DeliveryRecord.record(this, owner);
        } else {
            deliver(owner);
        }
    }

    /**
     * Whether {@code jdk.jfr} links from the library's class loader: a {@code jlink} image may leave the module
     * out, and WildFly's deployment class loaders do not see it unless the deployment asks (server-config).
     * Loaded by name, so that nothing links the flight recorder's classes where they are missing.
     */
    private static boolean flightRecorderVisible() {
        try {
            Class.forName("org.entitysignals.internal.runtime.DeliveryRecord", true, Delivery.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError missing) {
            return false;
        }
    }

    /** The entity the signal is about. */
    Object entity() {
        return entityOf(payload);
    }

    /** The entity a signal is about. */
    static Object entityOf(Object payload) {
        if (payload instanceof SaveEvent<?> save) {
            return save.entity();
        }
        if (payload instanceof DeleteEvent<?> delete) {
            return delete.entity();
        }
        if (payload instanceof LoadEvent<?> load) {
            return load.entity();
        }
        return ((RelationEvent<?>) payload).entity();
    }

    /** Fires; a receiver's runtime exception comes out as thrown. */
    static void fire(Event<Object> event, Object payload) {
        try {
            event.fire(payload);
        } catch (ObserverException wrapped) {
            // Weld wraps every exception of an observer registered by an extension (configureObserverMethod): let
            // it out as thrown, as CDI does for ordinary observers
            if (wrapped.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw wrapped;
        }
    }

    /** The phase qualifier, with the action of a relation change. */
    String phase() {
        return payload instanceof EntityRelationEvent relation ? route.phase() + " " + relation.action()
                : route.phase();
    }

    /** How many receivers the signal reaches. */
    int receivers() {
        return route.receivers();
    }

    void deliver(Object owner) {
        Route target = route;
        if (target.later()) {
            freeze();
        }
        if (target.event() != null) {
            fire(target.event(), payload);
        }
        if (target.deferred().length > 0) {
            defer(owner, target.deferred());
        }
        if (target.async().length > 0) {
            ReceiverNotifier.notifyAsync(target.async(), 0, payload);
        }
    }

    private void defer(Object given, ReceiverNotifier[] deferred) {
        // looked up only here: inline deliveries, on every callback, need no thread-local read
        Object owner = given == FLUSHING_OWNER ? PendingSignals.currentOwner() : given;
        WaitingReceivers completion = owner == null ? null : Transactions.of(owner);
        for (ReceiverNotifier receiver : deferred) {
            if (completion != null) {
                completion.add(receiver, payload);
            } else {
                // no transaction in progress: CDI notifies a transactional observer at once
                receiver.untracked(owner == null);
                receiver.notifyNow(payload);
            }
        }
    }
}

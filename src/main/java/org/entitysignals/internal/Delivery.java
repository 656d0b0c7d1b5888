package org.entitysignals.internal;

/** One signal about to be delivered. */
public final class Delivery {

    /** Whether the flight recorder can be used from here at all: see {@link #flightRecorderVisible()}. */
    private static final boolean FLIGHT_RECORDER = flightRecorderVisible();

    /** Stands for the owner flushing on this thread, looked up only if needed. */
    private static final Object FLUSHING_OWNER = new Object();

    private final Route route;
    private final Object payload;

    Delivery(Route route, Object payload) {
        this.route = route;
        this.payload = payload;
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
    public void run() {
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
    public void run(Object owner) {
        if (FLIGHT_RECORDER && DeliveryEvent.recording()) {
            DeliveryEvent.record(this, owner);
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
            Class.forName("org.entitysignals.internal.DeliveryEvent", true, Delivery.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError missing) {
            return false;
        }
    }

    /** The entity the signal is about. */
    Object entity() {
        return Failures.entityOf(payload);
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
            SoloReceiver.fire(target.event(), payload);
        }
        if (target.deferred().length > 0) {
            defer(owner, target.deferred());
        }
        if (target.async().length > 0) {
            SoloReceiver.notifyAsync(target.async(), 0, payload);
        }
    }

    private void defer(Object given, SoloReceiver[] deferred) {
        // looked up only here: inline deliveries, on every callback, need no thread-local read
        Object owner = given == FLUSHING_OWNER ? PendingSignals.currentOwner() : given;
        Completion completion = owner == null ? null : Completions.of(owner);
        for (SoloReceiver receiver : deferred) {
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

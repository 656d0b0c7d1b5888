package org.entitysignals;

import java.util.Objects;

/**
 * A receiver failed where its failure can no longer change the transaction's outcome: an asynchronous receiver
 * ({@code @ObservesAsync}), or a transactional one that runs after completion ({@code AFTER_SUCCESS},
 * {@code AFTER_FAILURE}, {@code AFTER_COMPLETION}). The library logs each such failure once, at WARNING, with the
 * receiver, the entity's class and id, and fires this event, so that an application can alert or count:
 *
 * <pre>
 * &#64;ApplicationScoped
 * class ReceiverAlerts {
 *     &#64;Inject MeterRegistry meters;
 *
 *     void count(&#64;Observes ReceiverFailed failure) {
 *         meters.counter("signals.failed", "receiver", failure.receiver()).increment();
 *     }
 * }
 * </pre>
 *
 * <p>The other receivers of the signal still run: this is Django's {@code send_robust}, done by default where the
 * transaction's outcome is already decided. Receivers that run inline (plain {@code @Observes}, and
 * {@code BEFORE_COMPLETION}) keep JPA's contract instead: their exception propagates and the transaction rolls back,
 * so nothing is half written and no such event is fired.
 *
 * <p>The event is fired synchronously, without qualifiers, on the thread that ran the receiver (for an asynchronous
 * receiver, one of the container's asynchronous threads). A failing observer of this event is logged, not reported
 * again.
 *
 * @since 0.1.0
 */
public final class ReceiverFailed {

    private final String receiver;
    private final Object event;
    private final Throwable exception;

    /**
     * Created by the library.
     *
     * @param receiver  the failed receiver, as {@code pkg.Class#method(ParamType, ...)}
     * @param event     the signal it received
     * @param exception what it threw
     */
    public ReceiverFailed(String receiver, Object event, Throwable exception) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.event = Objects.requireNonNull(event, "event");
        this.exception = Objects.requireNonNull(exception, "exception");
    }

    /**
     * The receiver that failed.
     *
     * @return its location, as {@code pkg.Class#method(ParamType, ...)}: the same text as in the startup receiver map
     */
    public String receiver() {
        return receiver;
    }

    /**
     * The signal the receiver failed on.
     *
     * @return a {@link SaveEvent}, {@link DeleteEvent}, {@link LoadEvent} or {@link RelationEvent}
     */
    public Object event() {
        return event;
    }

    /**
     * What the receiver threw.
     *
     * @return the exception, as thrown (not wrapped by the container)
     */
    public Throwable exception() {
        return exception;
    }

    @Override
    public String toString() {
        return "ReceiverFailed[" + receiver + " on " + event + ": " + exception + "]";
    }
}

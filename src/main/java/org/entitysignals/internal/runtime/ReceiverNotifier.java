package org.entitysignals.internal.runtime;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entitysignals.internal.Messages;
import org.entitysignals.internal.SenderGroup;
import org.entitysignals.internal.ValidReceiver;

/**
 * A receiver the library notifies on its own, through an event only it observes (its {@link SenderGroup} is its
 * own): an asynchronous receiver, so that its failure is told apart from the others', or a transactional one whose
 * phase the library runs ({@link WaitingReceivers}).
 */
final class ReceiverNotifier {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private final ValidReceiver receiver;
    private final Event<Object> event;
    private final FailureReports failures;
    private final AtomicBoolean toldUntracked = new AtomicBoolean();

    ReceiverNotifier(ValidReceiver receiver, Event<Object> event, FailureReports failures) {
        this.receiver = receiver;
        this.event = event;
        this.failures = failures;
    }

    TransactionPhase during() {
        return receiver.during();
    }

    int priority() {
        return receiver.priority();
    }

    /** Notifies it now; what it throws propagates, as from an inline receiver. */
    void notifyNow(Object payload) {
        Delivery.fire(event, payload);
    }

    /** Notifies it now; what it throws is reported, not propagated. */
    void notifyIsolated(Object payload) {
        try {
            notifyNow(payload);
        } catch (RuntimeException | LinkageError | AssertionError failure) {
            failures.report(receiver, payload, failure);
        }
    }

    /**
     * Notifies asynchronous receivers one after the other, in priority order, as the container notifies the
     * asynchronous observers of one event; each failure is reported, and the next receiver still runs.
     *
     * @param receivers the asynchronous receivers of one signal, by priority
     * @param next      the first one to notify
     */
    static void notifyAsync(ReceiverNotifier[] receivers, int next, Object payload) {
        ReceiverNotifier receiver = receivers[next];
        receiver.event.fireAsync(payload).whenComplete((ignored, failure) -> {
            if (failure != null) {
                receiver.failures.report(receiver.receiver, payload, unwrap(failure));
            }
            if (next + 1 < receivers.length) {
                notifyAsync(receivers, next + 1, payload);
            }
        });
    }

    /** The signal's transaction is unknown (not merely finished): tells once per receiver. */
    void untracked(boolean unknown) {
        if (unknown && toldUntracked.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, Messages.transactionUnknown(receiver.location()));
        }
    }

    /** Weld completes the stage with a {@code CompletionException} holding the observer's as suppressed. */
    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof CompletionException && cause.getSuppressed().length == 1) {
            return cause.getSuppressed()[0];
        }
        return cause;
    }
}

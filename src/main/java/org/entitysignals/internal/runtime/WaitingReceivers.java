package org.entitysignals.internal.runtime;

import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;

/**
 * The receivers waiting for one transaction's completion, where the library runs transaction phases itself: in
 * Java SE, Weld has no transaction integration and would notify an {@code AFTER_SUCCESS} observer at once. A
 * provider hook attaches it to a resource-local transaction (see {@link Transactions}) and calls
 * {@link #beforeCompletion()} before the commit and {@link #afterCompletion(boolean)} once the outcome is known.
 * Within a phase, receivers run in the order their signals were delivered, and by {@code @Priority} for one signal,
 * as CDI orders transactional observers.
 */
final class WaitingReceivers {

    private final List<Waiting> before = new ArrayList<>();
    private final List<Waiting> after = new ArrayList<>();

    /** A receiver and the signal it waits to receive. */
    private record Waiting(ReceiverNotifier target, Object payload) {
    }

    synchronized void add(ReceiverNotifier target, Object payload) {
        (target.during() == TransactionPhase.BEFORE_COMPLETION ? before : after).add(new Waiting(target, payload));
    }

    /**
     * Runs the {@code BEFORE_COMPLETION} receivers queued so far. They run inside the transaction, like inline
     * receivers: a failure propagates, and the transaction rolls back.
     *
     * @return how many ran: when some did, flush what they wrote, then call again for what that flush queued
     */
    int beforeCompletion() {
        int ran = 0;
        for (Waiting next = next(before); next != null; next = next(before)) {
            next.target().notifyNow(next.payload());
            ran++;
        }
        return ran;
    }

    /**
     * Runs the receivers of the outcome ({@code AFTER_SUCCESS} or {@code AFTER_FAILURE}, and
     * {@code AFTER_COMPLETION}) and drops the rest. The outcome is decided: a failing receiver is reported (logged,
     * and fired as {@link org.entitysignals.ReceiverFailed}), never thrown, and the others still run.
     *
     * @param committed whether the transaction committed
     */
    void afterCompletion(boolean committed) {
        TransactionPhase outcome = committed ? TransactionPhase.AFTER_SUCCESS : TransactionPhase.AFTER_FAILURE;
        synchronized (this) {
            before.clear();
        }
        for (Waiting next = next(after); next != null; next = next(after)) {
            TransactionPhase during = next.target().during();
            if (during == outcome || during == TransactionPhase.AFTER_COMPLETION) {
                next.target().notifyIsolated(next.payload());
            }
        }
    }

    private synchronized Waiting next(List<Waiting> queue) {
        return queue.isEmpty() ? null : queue.remove(0);
    }
}

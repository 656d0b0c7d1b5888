package org.entitysignals.internal.runtime;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Post-phase signals waiting for the end of the flush that raised them.
 *
 * <p>JPA forbids EntityManager calls inside lifecycle callbacks, and both providers lose or reject writes made
 * there (EclipseLink drops an entity persisted in {@code @PostPersist} during commit without a word; Hibernate
 * throws {@code ConcurrentModificationException} or {@code TransientPropertyValueException}). So where a provider
 * hook tells us the persistence context (the "owner": a Hibernate session, an EclipseLink unit of work) the post
 * phase is queued, and the hook delivers the queue once the flush is over, then flushes what receivers wrote.
 * A queue exists only while something is pending: it is removed once delivered, and discarded when the owner's
 * transaction ends.
 */
final class PendingSignals {

    /**
     * Weakly keyed: a persistence context abandoned with its transaction open (closed without commit or rollback,
     * which both providers let keep its connection) must not be kept alive by the library. Owners do not override
     * {@code equals}, so keys compare by identity.
     */
    private static final Map<Object, Queue> QUEUES = Collections.synchronizedMap(new WeakHashMap<>());
    private static final ThreadLocal<ArrayDeque<Object>> FLUSHING = new ThreadLocal<>();

    private PendingSignals() {
    }

    /**
     * Queues a delivery for an owner.
     *
     * @return {@code true} when this delivery started a new queue for the owner
     */
    static boolean enqueue(Object owner, Delivery delivery) {
        synchronized (QUEUES) {
            Queue queue = QUEUES.get(owner);
            boolean created = queue == null;
            if (created) {
                queue = new Queue();
                QUEUES.put(owner, queue);
            }
            queue.add(delivery);
            return created;
        }
    }

    /** The owner flushing on this thread, innermost first, or {@code null}. */
    static Object currentOwner() {
        ArrayDeque<Object> flushing = FLUSHING.get();
        return flushing == null ? null : flushing.peek();
    }

    /**
     * The owner flushes again while its signals are being delivered (a receiver flushed): the provider may now
     * change the state those signals read their changes from, so they copy them first.
     */
    static void freezePending(Object owner) {
        Queue queue = QUEUES.get(owner);
        if (queue != null && queue.delivering) {
            if (queue.current != null) {
                queue.current.freeze();
            }
            queue.forEach(Delivery::freeze);
        }
    }

    /** The owner starts flushing on this thread: callbacks until {@link #leave} queue for it. */
    static void enter(Object owner) {
        ArrayDeque<Object> flushing = FLUSHING.get();
        if (flushing == null) {
            flushing = new ArrayDeque<>();
            FLUSHING.set(flushing);
        }
        flushing.push(owner);
    }

    /** The owner's flush on this thread is over. */
    static void leave(Object owner) {
        ArrayDeque<Object> flushing = FLUSHING.get();
        if (flushing != null) {
            flushing.removeFirstOccurrence(owner);
            if (flushing.isEmpty()) {
                FLUSHING.remove();
            }
        }
    }

    /** The owner is done (committed, rolled back or released): nothing of it stays queued or marked flushing. */
    static void forget(Object owner) {
        discard(owner);
        ArrayDeque<Object> flushing = FLUSHING.get();
        if (flushing != null) {
            flushing.removeIf(flushingOwner -> flushingOwner == owner);
            if (flushing.isEmpty()) {
                FLUSHING.remove();
            }
        }
    }

    /**
     * Delivers the owner's queue, including what receivers queue meanwhile. A re-entrant call (a receiver's write
     * flushing again) returns at once; the outer call picks up what it queued.
     *
     * @return how many signals were delivered
     */
    static int deliver(Object owner) {
        Queue queue = QUEUES.get(owner);
        if (queue == null || queue.delivering) {
            return 0;
        }
        queue.delivering = true;
        int delivered = 0;
        try {
            for (Delivery next = queue.poll(); next != null; next = queue.poll()) {
                queue.current = next;
                next.run(owner);
                delivered++;
            }
            QUEUES.remove(owner);
            return delivered;
        } catch (RuntimeException | Error failure) {
            discard(owner);
            throw failure;
        } finally {
            queue.delivering = false;
            queue.current = null;
        }
    }

    static boolean hasPending(Object owner) {
        Queue queue = QUEUES.get(owner);
        return queue != null && !queue.isEmpty();
    }

    /** Drops what the owner still has queued: its transaction ended or its persistence context closed. */
    static void discard(Object owner) {
        QUEUES.remove(owner);
    }

    /** Owners with a queue: for tests that check nothing is left behind. */
    static int owners() {
        return QUEUES.size();
    }

    private static final class Queue extends ArrayDeque<Delivery> {
        private static final long serialVersionUID = 1L;
        private boolean delivering;
        private Delivery current;
    }
}

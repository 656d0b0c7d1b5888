package org.entitysignals.internal.hibernate;

import java.lang.ref.WeakReference;
import org.hibernate.event.spi.FlushEntityEvent;
import org.hibernate.event.spi.FlushEntityEventListener;

/**
 * Tells the pre-update signal which entity entry Hibernate is flushing: the callback registry is handed only the
 * entity, but what changed lives in its entry. Registered first and last among the flush-entity listeners; the
 * event is only used when its entity is the one being signalled, so a stale one left by a failed flush is ignored.
 */
final class FlushingEntity {

    /** Weak: a flush that failed leaves it set, and it must not keep that session reachable from a pooled thread. */
    private static final ThreadLocal<WeakReference<FlushEntityEvent>> CURRENT = new ThreadLocal<>();

    private FlushingEntity() {
    }

    /** Two classes: Hibernate refuses two listeners of one class in a group. */
    static FlushEntityEventListener opening() {
        return new Opening();
    }

    static FlushEntityEventListener closing() {
        return new Closing();
    }

    private static final class Opening implements FlushEntityEventListener {
        private static final long serialVersionUID = 1L;

        @Override
        public void onFlushEntity(FlushEntityEvent event) {
            CURRENT.set(new WeakReference<>(event));
        }
    }

    private static final class Closing implements FlushEntityEventListener {
        private static final long serialVersionUID = 1L;

        @Override
        public void onFlushEntity(FlushEntityEvent event) {
            CURRENT.remove();
        }
    }

    /** The flush-entity event of this entity, if Hibernate is flushing it on this thread. */
    static FlushEntityEvent of(Object entity) {
        WeakReference<FlushEntityEvent> current = CURRENT.get();
        FlushEntityEvent event = current == null ? null : current.get();
        return event != null && event.getEntity() == entity ? event : null;
    }
}

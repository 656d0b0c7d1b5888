package org.entitysignals.internal.runtime;

import java.util.concurrent.CopyOnWriteArrayList;
import org.entitysignals.internal.Callback;

/**
 * Where the JPA entity listener learns what a save changes: JPA hands the listener the entity alone, so a provider
 * hook that knows the persistence context (the EclipseLink session listener) registers a tracking once.
 */
public interface ChangeTracking {

    /**
     * What the callback's save changes, {@link ChangeSource#RELATIONS_ONLY} when it is no save, or {@code null}
     * when this tracking does not know the entity.
     */
    ChangeSource changes(Callback callback, Object entity);

    /** Registers a tracking, once per provider. */
    static void register(ChangeTracking tracking) {
        synchronized (Registered.class) {
            if (Registered.ALL.addIfAbsent(tracking)) {
                Registered.snapshot = Registered.ALL.toArray(ChangeTracking[]::new);
            }
        }
    }

    /** The changes as the first tracking that knows the entity tells them, or {@code null}. */
    static ChangeSource find(Callback callback, Object entity) {
        for (ChangeTracking tracking : Registered.snapshot) {
            ChangeSource changes = tracking.changes(callback, entity);
            if (changes != null) {
                return changes;
            }
        }
        return null;
    }

    /** Holder of the registrations. */
    final class Registered {
        private static final CopyOnWriteArrayList<ChangeTracking> ALL = new CopyOnWriteArrayList<>();
        /** Read on every save signal: an array, so that no iterator is allocated. */
        private static volatile ChangeTracking[] snapshot = new ChangeTracking[0];

        private Registered() {
        }
    }
}

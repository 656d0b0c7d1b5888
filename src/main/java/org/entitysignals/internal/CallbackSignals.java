package org.entitysignals.internal;

/**
 * The signal of a JPA callback that reaches the library through an entity listener: the mapping-file listener
 * ({@link org.entitysignals.EntitySignalsListener}) or the listener the EclipseLink session listener attaches to
 * every descriptor. Save signals are told what changed where a provider hook knows it; the post phase waits for
 * the end of the flush under way, if a provider hook marks one.
 */
public final class CallbackSignals {

    private CallbackSignals() {
    }

    public static void signal(DispatcherConnection connection, Callback callback, Object entity) {
        Delivery delivery = connection.prepare(callback, entity);
        if (delivery == null) {
            return;
        }
        if (callback.phase() == Phase.PRE_SAVE || callback.phase() == Phase.POST_SAVE) {
            ChangeSource changes = ChangeTracking.find(callback, entity);
            if (changes == ChangeSource.RELATIONS_ONLY) {
                return;
            }
            if (changes != null) {
                delivery.changes(changes);
            }
        }
        if (!callback.phase().afterFlush() || !PendingSignals.enqueueForCurrentOwner(delivery)) {
            delivery.run();
        }
    }
}

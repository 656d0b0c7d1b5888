package org.entitysignals.internal;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import org.entitysignals.DeleteEvent;
import org.entitysignals.LoadEvent;
import org.entitysignals.ReceiverFailed;
import org.entitysignals.RelationEvent;
import org.entitysignals.SaveEvent;

/**
 * Reports a receiver that failed where the transaction's outcome is decided (asynchronous, after completion): logged
 * once, with the receiver, the entity's class and id, and fired as {@link ReceiverFailed}.
 */
final class Failures {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private final Event<ReceiverFailed> failed;

    Failures(BeanManager beanManager) {
        this.failed = beanManager.getEvent().select(ReceiverFailed.class);
    }

    void report(Receiver receiver, Object payload, Throwable failure) {
        String location = receiver.location();
        String when = receiver.async() ? "asynchronously" : "during " + receiver.during();
        Object entity = entityOf(payload);
        LOG.log(System.Logger.Level.WARNING, Messages.receiverFailed(location, when, entity.getClass().getName(),
                EntityIds.of(entity), failure), failure);
        try {
            failed.fire(new ReceiverFailed(location, payload, failure));
        } catch (RuntimeException observerFailed) {
            LOG.log(System.Logger.Level.WARNING, Messages.failureObserverFailed(location), observerFailed);
        }
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
}

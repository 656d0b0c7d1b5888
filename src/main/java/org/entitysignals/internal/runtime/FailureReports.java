package org.entitysignals.internal.runtime;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import org.entitysignals.ReceiverFailed;
import org.entitysignals.internal.Messages;
import org.entitysignals.internal.ValidReceiver;

/**
 * Reports a receiver that failed where the transaction's outcome is decided (asynchronous, after completion): logged
 * once, with the receiver, the entity's class and id, and fired as {@link ReceiverFailed}.
 */
public final class FailureReports {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private final Event<ReceiverFailed> failed;

    FailureReports(BeanManager beanManager) {
        this.failed = beanManager.getEvent().select(ReceiverFailed.class);
    }

    /**
     * Reports one failure.
     *
     * @param payload the signal the receiver failed on
     */
    public void report(ValidReceiver receiver, Object payload, Throwable failure) {
        String location = receiver.location();
        String when = receiver.async() ? "asynchronously" : "during " + receiver.during();
        Object entity = Delivery.entityOf(payload);
        LOG.log(System.Logger.Level.WARNING, Messages.receiverFailed(location, when, entity.getClass().getName(),
                EntityIds.of(entity), failure), failure);
        try {
            failed.fire(new ReceiverFailed(location, payload, failure));
        } catch (RuntimeException observerFailed) {
            LOG.log(System.Logger.Level.WARNING, Messages.failureObserverFailed(location), observerFailed);
        }
    }
}

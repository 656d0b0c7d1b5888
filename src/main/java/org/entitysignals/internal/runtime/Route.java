package org.entitysignals.internal.runtime;

import jakarta.enterprise.event.Event;

/**
 * The pre-selected events of one entity class and phase.
 *
 * @param event    reaches the receivers notified together, or {@code null} when there are none
 * @param deferred the transactional receivers whose phase the library runs, by priority
 * @param async    the asynchronous receivers
 * @param later    whether some receiver runs after the delivery (asynchronous, or in a transaction phase): it
 *                 gets the changes as of the delivery, copied, since the provider's state moves on
 * @param phase    the phase qualifier, for the flight recorder
 * @param receivers how many receivers it reaches, for the flight recorder
 */
record Route(Event<Object> event, ReceiverNotifier[] deferred, ReceiverNotifier[] async, boolean later,
        String phase, int receivers) {
}

/**
 * Delivery: what happens on each JPA callback. Provider hooks enter through {@code UnitSignals}, one per persistence
 * unit, with provider-neutral verbs (a callback, the relation changes of a flush, the end of a flush, before and
 * after completion); behind it the {@code SignalDispatcher} fires one CDI event per signal, post-phase signals wait
 * for the end of their flush ({@code PendingSignals}), and transactional receivers for their transaction
 * ({@code Transactions}, {@code WaitingReceivers}) where the library runs transaction phases itself.
 *
 * <p>Not API: may change in any release.
 */
package org.entitysignals.internal.runtime;

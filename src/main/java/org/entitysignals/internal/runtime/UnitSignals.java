package org.entitysignals.internal.runtime;

import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Collection;
import java.util.function.Supplier;
import org.entitysignals.internal.Callback;
import org.entitysignals.internal.Phase;

/**
 * The one door from a JPA provider into the library: every provider hook (the Hibernate integrator, the EclipseLink
 * session listener, the mapping-file listener) holds one instance, per persistence unit or per listener, and tells
 * it what happens with these verbs, in provider-neutral terms:
 * <ul>
 * <li>a lifecycle callback: {@link #callback} (the provider tells the entity alone), or {@link #prepare} then
 * {@link #deliver} (the provider tells what changed, and whose flush raised it);</li>
 * <li>the relation changes of a flush: {@link #relationChanges}, then {@link #deliverRelations};</li>
 * <li>a flush: {@link #flushStarts}, {@link #flushEnds}, {@link #deliverQueued};</li>
 * <li>a transaction: {@link #beforeCompletion}, {@link #afterCompletion}, {@link #forget};</li>
 * <li>the unit itself: {@link #hooked}, {@link #closed} and the warnings of a missing hook.</li>
 * </ul>
 * The persistence context whose flush raised a signal is the "owner" (a Hibernate session, an EclipseLink unit of
 * work): post-phase signals wait for the end of its flush, and transactional receivers for its transaction.
 * Nothing here throws into JPA code for want of a CDI container: without one, signals are dropped after one
 * warning.
 */
public final class UnitSignals {

    private final DispatcherConnection connection;

    UnitSignals(DispatcherConnection connection) {
        this.connection = connection;
    }

    /**
     * The signals of one persistence unit, for a provider hook created once per unit; it warns once on its own when
     * there is no container.
     *
     * @param beanManager the bean manager the unit was given, or a supplier of {@code null}
     * @param binding     how this provider attaches the library's transaction phases to a transaction
     */
    public static UnitSignals ofUnit(Supplier<BeanManager> beanManager, TransactionBinding binding) {
        Transactions.bind(binding);
        return new UnitSignals(DispatcherConnection.ownWarning(beanManager));
    }

    /**
     * The signals of one mapping-file listener instance: providers create many per unit (EclipseLink one per entity
     * class), so they share one warning per JVM until a container starts.
     *
     * @param beanManager the bean manager the provider injected into the listener, or a supplier of {@code null}
     */
    public static UnitSignals ofListener(Supplier<BeanManager> beanManager) {
        return new UnitSignals(DispatcherConnection.sharedWarning(beanManager));
    }

    /** How a provider attaches the library's transaction phases to the transaction of an owner. */
    @FunctionalInterface
    public interface TransactionBinding {
        /**
         * Attaches to the owner's transaction, if it has one in progress of this provider's: the provider's side
         * must then hold {@code keepAlive} until the transaction ends, and call {@link #beforeCompletion} and
         * {@link #afterCompletion} for the owner.
         *
         * @return {@code false} when the owner is not this provider's, or has no transaction in progress
         */
        boolean attach(Object owner, Object keepAlive);
    }

    /** Reads the id of an entity its source maps, for failure reports and the delivery log. */
    @FunctionalInterface
    public interface IdReader {
        /** @return the id, or {@code null} when the source does not map the entity's class */
        Object idOf(Object source, Object entity);
    }

    // --- lifecycle callbacks

    /**
     * A callback of which the provider tells only the entity (an entity listener): the save is told what changed
     * where a provider hook tracks it, and a post phase waits for the end of the flush under way on this thread.
     */
    public void callback(Callback callback, Object entity) {
        callback(callback, entity, ChangeTracking::find);
    }

    /**
     * A callback of which the provider tells only the entity, and the tracking that knows what the entity's save
     * changes.
     */
    public void callback(Callback callback, Object entity, ChangeTracking tracking) {
        Delivery delivery = connection.prepare(callback, entity);
        if (delivery == null) {
            return;
        }
        if (callback.phase() == Phase.PRE_SAVE || callback.phase() == Phase.POST_SAVE) {
            ChangeSource changes = tracking.changes(callback, entity);
            if (changes == ChangeSource.RELATIONS_ONLY) {
                return;
            }
            if (changes != null) {
                delivery.changes(changes);
            }
        }
        deliver(delivery, null);
    }

    /**
     * The signal of a callback, for the provider to tell what changed ({@link Delivery#changes}) and then
     * {@link #deliver}; {@code null} when there is no container (after one warning), nobody receives it, or it is
     * muted.
     */
    public Delivery prepare(Callback callback, Object entity) {
        return connection.prepare(callback, entity);
    }

    /**
     * Delivers a prepared signal: at once, or, for a post phase, once the owner's flush is over (the owner then
     * delivers its queue with {@link #deliverQueued}). The one place where that is decided.
     *
     * @param owner the persistence context whose flush wrote the row, or {@code null} for the one flushing on this
     *              thread, if any
     * @return whether this delivery started the owner's queue
     */
    public boolean deliver(Delivery delivery, Object owner) {
        if (delivery.afterFlush()) {
            Object waitingFor = owner != null ? owner : PendingSignals.currentOwner();
            if (waitingFor != null) {
                return PendingSignals.enqueue(waitingFor, delivery);
            }
        }
        delivery.run();
        return false;
    }

    /** Whether some receiver takes this phase of entities of the class (warns once when there is no container). */
    public boolean observes(Class<?> entityClass, Phase phase) {
        SignalDispatcher dispatcher = connection.get(entityClass);
        return dispatcher != null && dispatcher.hasReceivers(entityClass, phase);
    }

    /** Whether any receiver observes a post phase: if none does, flush hooks have nothing to wait for. */
    public boolean hasPostPhaseReceivers() {
        SignalDispatcher dispatcher = connection.current();
        return dispatcher != null && dispatcher.hasPostPhaseReceivers();
    }

    // --- relations

    /** Whether any receiver observes relation changes: if none does, a flush's relations need no look. */
    public boolean hasRelationReceivers() {
        SignalDispatcher dispatcher = connection.current();
        return dispatcher != null && dispatcher.hasRelationReceivers();
    }

    /** A collector of the relation changes of one flush, or {@code null} when no relation receiver exists. */
    public RelationChanges relationChanges() {
        SignalDispatcher dispatcher = connection.current();
        return dispatcher != null && dispatcher.hasRelationReceivers() ? new RelationChanges(dispatcher) : null;
    }

    /**
     * Signals the relation changes of the owner's flush, before their rows are written: the {@code PRE_} actions at
     * once, the {@code POST_} ones once the flush is over.
     *
     * @return whether this started the owner's queue
     */
    public boolean deliverRelations(RelationChanges changes, Object owner) {
        boolean started = false;
        for (Delivery post : changes.signal()) {
            started |= deliver(post, owner);
        }
        return started;
    }

    // --- flushes: the owner is the persistence context

    /** The owner starts flushing on this thread: post-phase callbacks until {@link #flushEnds} wait for it. */
    public static void flushStarts(Object owner) {
        PendingSignals.enter(owner);
    }

    /**
     * The owner flushes again while its signals are delivered (a receiver flushed): the provider may now change the
     * state those signals read what changed from, so they copy it first; then as {@link #flushStarts}.
     */
    public static void flushStartsAgain(Object owner) {
        PendingSignals.freezePending(owner);
        PendingSignals.enter(owner);
    }

    /** The owner's flush on this thread is over. */
    public static void flushEnds(Object owner) {
        PendingSignals.leave(owner);
    }

    /** The owner flushing on this thread, innermost first, or {@code null}. */
    public static Object flushingOwner() {
        return PendingSignals.currentOwner();
    }

    /** Whether signals wait for the end of the owner's flush. */
    public static boolean hasQueued(Object owner) {
        return PendingSignals.hasPending(owner);
    }

    /**
     * Delivers what waits for the end of the owner's flush, including what receivers queue meanwhile; a re-entrant
     * call returns 0 at once.
     *
     * @return how many signals were delivered: when some were, flush what receivers wrote, and call again
     */
    public static int deliverQueued(Object owner) {
        return PendingSignals.deliver(owner);
    }

    // --- transactions

    /**
     * Runs the owner's {@code BEFORE_COMPLETION} receivers queued so far: inside the transaction, a failure
     * propagates.
     *
     * @return how many ran: when some did, flush what they wrote, and call again
     */
    public static int beforeCompletion(Object owner) {
        WaitingReceivers waiting = Transactions.current(owner);
        return waiting == null ? 0 : waiting.beforeCompletion();
    }

    /**
     * The owner's transaction completed: its receivers of the outcome run, reported but never thrown if they fail.
     *
     * @param committed whether the transaction committed
     * @return whether receivers waited for it
     */
    public static boolean afterCompletion(Object owner, boolean committed) {
        WaitingReceivers waiting = Transactions.take(owner);
        if (waiting == null) {
            return false;
        }
        waiting.afterCompletion(committed);
        return true;
    }

    /** The owner is done (committed, rolled back or released): nothing of it stays queued or marked flushing. */
    public static void forget(Object owner) {
        PendingSignals.forget(owner);
    }

    // --- the unit

    /**
     * The unit is served by a provider hook: said once at INFO, with the ids of its entities read through
     * {@code ids} for failure reports.
     *
     * @param source the provider's unit (a session factory, a session), held weakly
     * @param ids    reads an entity's id through the source it is given; {@code null} when it does not map it
     */
    public void hooked(String unit, String provider, String hook, Object source, IdReader ids) {
        EntityIds.register(source, ids);
        UnitHooks.hooked(connection, unit, provider, hook);
    }

    /** A Hibernate unit whose integrator the application switched off: said once, with what it costs. */
    public void integratorOff(String unit, Collection<Class<?>> entityClasses) {
        MappingFileRoute.integratorOff(entityClasses);
        UnitHooks.integratorOff(connection, unit);
    }

    /** A unit of this application without any hook: none of its entities sends a signal. */
    public void unhooked(String unit) {
        UnitHooks.unhooked(connection, unit);
    }

    /** Entities of a unit reach the library through the mapping-file listener alone. */
    public void mappingFileAlone(String unit, Class<?> entityClass) {
        UnitHooks.mappingFileAlone(connection, unit, entityClass);
    }

    /** The first callback a mapping-file listener instance receives: where it is called at all, a hook is missing. */
    public void firstListenerCallback(Class<?> entityClass) {
        MappingFileRoute.firstCallback(this, entityClass);
    }

    /** The unit closed: what it still had to say goes with it. */
    public void closed(Object source) {
        EntityIds.unregister(source);
        UnitHooks.closed(connection);
    }

    /** Whether a signal must not be raised now: a provider hook runs the mapping-file listener after signalling. */
    public static boolean listenerSilenced() {
        return DeliveryGuard.isSuppressed();
    }

    /**
     * Silences the mapping-file listener on this thread until {@link #restoreListener}, while a provider hook runs
     * the provider's own callbacks after signalling: {@code boolean outer = silenceListener(); try { ... } finally {
     * restoreListener(outer); }}.
     */
    public static boolean silenceListener() {
        return DeliveryGuard.suppress();
    }

    /** Ends what {@link #silenceListener} began. */
    public static void restoreListener(boolean outer) {
        DeliveryGuard.restore(outer);
    }
}

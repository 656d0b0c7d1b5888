package org.entitysignals.internal.runtime;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.entitysignals.RelationEvent;
import org.entitysignals.internal.Callback;
import org.entitysignals.internal.Phase;
import org.entitysignals.internal.SenderGroup;
import org.entitysignals.internal.ValidReceiver;

/**
 * Turns a JPA callback into one CDI event. Everything is resolved once per entity class and phase (lazily, on the
 * first callback) into a {@link Route}: the event is then fired once with the phase qualifier and the
 * {@link SenderGroup} of every sender list that accepts the entity, so CDI itself orders the receivers by
 * {@code @Priority} (and, in a server, applies transaction phases). Receivers notified on their own
 * ({@link ReceiverNotifier}) get events of their own. An entity class nobody listens to costs a {@link ClassValue}
 * lookup.
 */
final class SignalDispatcher {

    private final BeanManager beanManager;
    private final FailureReports failures;
    private final List<ValidReceiver> receivers;
    private final boolean hasPostPhaseReceivers;
    private final boolean hasRelationReceivers;
    private volatile boolean running = true;
    private final ClassValue<Routes> routes = new ClassValue<>() {
        @Override
        protected Routes computeValue(Class<?> entityClass) {
            return new Routes(entityClass, resolve(entityClass));
        }
    };
    /**
     * The routes of the class signalled last: JPA flushes entities of one class in runs, and this read is cheaper
     * than {@link ClassValue#get}. Racy on purpose: {@link Routes} is immutable, so any value read is a right one.
     */
    private Routes last = new Routes(Void.class, new Route[Phase.values().length]);
    /** Per entity class: the relation routes by attribute, or {@code null} when no relation receiver accepts it. */
    private final ClassValue<Map<String, Route[]>> relationRoutes = new ClassValue<>() {
        @Override
        protected Map<String, Route[]> computeValue(Class<?> entityClass) {
            return receivers.stream().anyMatch(receiver -> receiver.phase() == Phase.RELATION
                    && receiver.accepts(entityClass)) ? new ConcurrentHashMap<>() : null;
        }
    };

    /** @param failures reports receivers that fail once the outcome is decided */
    SignalDispatcher(BeanManager beanManager, List<ValidReceiver> receivers, FailureReports failures) {
        this.beanManager = beanManager;
        this.failures = failures;
        this.receivers = List.copyOf(receivers);
        this.hasPostPhaseReceivers = receivers.stream().anyMatch(ValidReceiver::afterFlush);
        this.hasRelationReceivers = receivers.stream().anyMatch(receiver -> receiver.phase() == Phase.RELATION);
    }

    /** The signal of a callback, ready to deliver now or later; {@code null} when nobody receives it. */
    Delivery prepare(Callback callback, Object entity) {
        Route route = routesOf(entity.getClass())[callback.phase().ordinal()];
        if (route == null || MutedEntities.isMuted(entity.getClass())) {
            return null;
        }
        return new Delivery(route, eventFor(callback, entity), callback.phase().afterFlush());
    }

    private static Object eventFor(Callback callback, Object entity) {
        return switch (callback.phase()) {
            case PRE_SAVE, POST_SAVE -> new EntitySaveEvent(entity, callback.created());
            case PRE_DELETE, POST_DELETE -> new EntityDeleteEvent(entity);
            case LOADED -> new EntityLoadEvent(entity);
            case RELATION -> throw new IllegalStateException("not a callback's phase");
        };
    }

    /** Whether there is any relation receiver at all: if none, relation changes need no look. */
    boolean hasRelationReceivers() {
        return hasRelationReceivers;
    }

    /** Whether some relation receiver accepts entities of the class: if none does, nothing needs comparing. */
    boolean hasRelationReceivers(Class<?> entityClass) {
        return relationRoutes.get(entityClass) != null;
    }

    /**
     * The signal of a relation change, ready to deliver now or later; {@code null} when nobody receives it.
     *
     * @param added   the related entities linked, unmodifiable
     * @param removed the related entities unlinked, unmodifiable
     */
    Delivery prepareRelation(Object entity, String attribute, RelationEvent.Action action, Set<Object> added,
            Set<Object> removed, boolean reverse) {
        Class<?> entityClass = entity.getClass();
        Map<String, Route[]> byAttribute = relationRoutes.get(entityClass);
        if (byAttribute == null) {
            return null;
        }
        Route route = byAttribute.computeIfAbsent(attribute, name -> resolveRelation(entityClass, name))
                [action.ordinal()];
        if (route == null || MutedEntities.isMuted(entityClass)) {
            return null;
        }
        return new Delivery(route, new EntityRelationEvent(entity, attribute, action, added, removed, reverse),
                !action.isPre());
    }

    /** The receivers of relation changes, by location: what a unit without its provider's hook never serves. */
    List<String> relationReceivers() {
        return receivers.stream().filter(receiver -> receiver.phase() == Phase.RELATION).map(ValidReceiver::location)
                .toList();
    }

    /** Whether there is any receiver at all. */
    boolean hasReceivers() {
        return !receivers.isEmpty();
    }

    /** Whether any receiver observes a post phase: if none does, flush hooks have nothing to wait for. */
    boolean hasPostPhaseReceivers() {
        return hasPostPhaseReceivers;
    }

    boolean hasReceivers(Class<?> entityClass, Phase phase) {
        return routesOf(entityClass)[phase.ordinal()] != null;
    }

    boolean running() {
        return running;
    }

    void stop() {
        running = false;
    }

    private Route[] routesOf(Class<?> entityClass) {
        Routes known = last;
        if (known.type != entityClass) {
            known = routes.get(entityClass);
            last = known;
        }
        return known.byPhase;
    }

    /** The routes of one entity class, by phase. */
    private static final class Routes {
        final Class<?> type;
        final Route[] byPhase;

        Routes(Class<?> type, Route[] byPhase) {
            this.type = type;
            this.byPhase = byPhase;
        }
    }

    private Route[] resolve(Class<?> entityClass) {
        Route[] resolved = new Route[Phase.values().length];
        for (Phase phase : Phase.values()) {
            if (phase != Phase.RELATION) {
                resolved[phase.ordinal()] = route(phase, receiver -> receiver.phase() == phase
                        && receiver.accepts(entityClass));
            }
        }
        return resolved;
    }

    private Route[] resolveRelation(Class<?> entityClass, String attribute) {
        RelationEvent.Action[] actions = RelationEvent.Action.values();
        Route[] resolved = new Route[actions.length];
        for (RelationEvent.Action action : actions) {
            resolved[action.ordinal()] = route(Phase.RELATION,
                    receiver -> receiver.accepts(entityClass, attribute, action));
        }
        return resolved;
    }

    /** The event that reaches exactly the receivers selected, or {@code null} when none is. */
    private Route route(Phase phase, Predicate<ValidReceiver> selected) {
        Set<Annotation> qualifiers = new LinkedHashSet<>();
        qualifiers.add(phase.anyQualifier());
        boolean sync = false;
        boolean later = false;
        int count = 0;
        List<ReceiverNotifier> deferred = new ArrayList<>();
        List<ReceiverNotifier> async = new ArrayList<>();
        for (ValidReceiver receiver : receivers) {
            if (!selected.test(receiver)) {
                continue;
            }
            count++;
            if (receiver.alone()) {
                Event<Object> alone = beanManager.getEvent().select(phase.anyQualifier(),
                        new SenderGroup.Literal(receiver.group()));
                (receiver.async() ? async : deferred).add(new ReceiverNotifier(receiver, alone, failures));
            } else {
                qualifiers.addAll(receiver.qualifiers());
                sync = true;
            }
            later |= receiver.async() || receiver.during() != TransactionPhase.IN_PROGRESS;
        }
        if (!sync && deferred.isEmpty() && async.isEmpty()) {
            return null;
        }
        deferred.sort(Comparator.comparingInt(ReceiverNotifier::priority));
        async.sort(Comparator.comparingInt(ReceiverNotifier::priority));
        Event<Object> event = sync ? beanManager.getEvent().select(qualifiers.toArray(Annotation[]::new)) : null;
        return new Route(event, deferred.toArray(ReceiverNotifier[]::new), async.toArray(ReceiverNotifier[]::new),
                later, phase.simpleName(), count);
    }
}

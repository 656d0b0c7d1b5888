package org.entitysignals.internal;

import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks one observer method against the rules of the library and turns a valid receiver into a {@link Receiver}.
 * Every problem found is handed to the sink; nothing is thrown, so one deployment reports all of them.
 */
final class ReceiverValidator {

    private final Set<Class<?>> knownEntities;
    private final Consumer<Throwable> problems;
    private final SenderGroups groups = new SenderGroups();

    ReceiverValidator(Set<Class<?>> knownEntities, Consumer<Throwable> problems) {
        this.knownEntities = knownEntities;
        this.problems = problems;
    }

    /** Whether the observer concerns the library at all: it observes one of our payloads or qualifiers. */
    static boolean concerns(ObserverMethod<?> observer) {
        return Phase.isPayload(rawType(observer.getObservedType())) || !phasesOf(observer).isEmpty();
    }

    /**
     * Returns the receiver, or {@code null} after reporting why the observer is not a valid one. Safe to call
     * from several threads: containers may process observer methods concurrently.
     */
    Receiver validate(ObserverMethod<?> observer, String location) {
        List<Throwable> found = new ArrayList<>();
        Receiver receiver = check(observer, location, found);
        found.forEach(problems);
        return found.isEmpty() ? receiver : null;
    }

    private Receiver check(ObserverMethod<?> observer, String location, List<Throwable> found) {
        List<Annotation> phases = phasesOf(observer);
        Class<?> payload = rawType(observer.getObservedType());
        if (phases.isEmpty()) {
            found.add(Messages.missingPhase(location, payload));
            return null;
        }
        if (phases.size() > 1) {
            found.add(Messages.severalPhases(location, phases.toString()));
            return null;
        }
        Phase phase = Phase.of(phases.get(0));
        if (payload != phase.payload()) {
            found.add(Messages.wrongPayload(location, phase, observer.getObservedType().getTypeName()));
            return null;
        }
        checkOtherQualifiers(observer, location, phase, found);
        checkInline(observer, location, phase, found);
        Class<?>[] senders = senders(observer, location, phase, phases.get(0), found);
        return new Receiver(location, phase, senders, groups.of(senders), observer.isAsync(),
                observer.getTransactionPhase(), observer.getPriority());
    }

    private static void checkOtherQualifiers(ObserverMethod<?> observer, String location, Phase phase,
            List<Throwable> found) {
        for (Annotation qualifier : observer.getObservedQualifiers()) {
            Class<? extends Annotation> type = qualifier.annotationType();
            if (Phase.of(qualifier) == null && type != Any.class && type != Default.class) {
                found.add(Messages.extraQualifier(location, phase, "@" + type.getSimpleName()));
            }
        }
    }

    private static void checkInline(ObserverMethod<?> observer, String location, Phase phase,
            List<Throwable> found) {
        if (!phase.inlineOnly()) {
            return;
        }
        if (observer.isAsync()) {
            found.add(Messages.notInline(location, phase, "@ObservesAsync"));
        } else if (observer.getTransactionPhase() != TransactionPhase.IN_PROGRESS) {
            found.add(Messages.notInline(location, phase, "transactional (during = "
                    + observer.getTransactionPhase() + ")"));
        }
    }

    /** The effective senders: the declared ones, or the type argument when none is declared. */
    private Class<?>[] senders(ObserverMethod<?> observer, String location, Phase phase, Annotation qualifier,
            List<Throwable> found) {
        Class<?>[] declared = phase.senders(qualifier);
        Class<?> bound = typeBound(observer.getObservedType());
        for (Class<?> sender : declared) {
            if (!isSender(sender)) {
                found.add(Messages.notASender(location, phase, sender));
            } else if (bound != null && !bound.isAssignableFrom(sender)) {
                found.add(Messages.typeDisagrees(location, phase, bound, sender));
            }
        }
        if (declared.length > 0 || bound == null) {
            return declared;
        }
        if (!isSender(bound)) {
            found.add(Messages.notASender(location, phase, bound));
        }
        return new Class<?>[] {bound};
    }

    /**
     * A sender must be able to match an entity: an entity or mapped superclass, or a type an entity may extend.
     * Interfaces and abstract classes are accepted even when CDI sees no entity below them (entities are often
     * outside bean archives); a concrete class must be mapped or be a superclass of an entity CDI saw.
     */
    private boolean isSender(Class<?> type) {
        if (isMapped(type)) {
            return true;
        }
        if (type.isPrimitive() || type.isArray() || type.isAnnotation() || type.isEnum() || type.isRecord()) {
            return false;
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type == Object.class) {
            return true;
        }
        return knownEntities.stream().anyMatch(type::isAssignableFrom);
    }

    static boolean isMapped(Class<?> type) {
        return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class);
    }

    private static List<Annotation> phasesOf(ObserverMethod<?> observer) {
        List<Annotation> phases = new ArrayList<>();
        for (Annotation qualifier : observer.getObservedQualifiers()) {
            if (Phase.of(qualifier) != null) {
                phases.add(qualifier);
            }
        }
        return phases;
    }

    static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** The class the type argument requires of the entity, or {@code null} when it accepts any entity. */
    private static Class<?> typeBound(Type observed) {
        if (!(observed instanceof ParameterizedType parameterized)) {
            return null;
        }
        Type argument = parameterized.getActualTypeArguments()[0];
        if (argument instanceof WildcardType wildcard) {
            argument = wildcard.getUpperBounds()[0];
        } else if (argument instanceof TypeVariable<?> variable) {
            argument = variable.getBounds()[0];
        }
        Class<?> bound = rawType(argument);
        return bound == Object.class ? null : bound;
    }
}

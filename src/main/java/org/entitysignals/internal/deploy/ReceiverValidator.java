package org.entitysignals.internal.deploy;

import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entitysignals.RelationChanged;
import org.entitysignals.RelationEvent;
import org.entitysignals.internal.Messages;
import org.entitysignals.internal.Phase;
import org.entitysignals.internal.ValidReceiver;

/**
 * Checks one observer method against the rules of the library and turns a valid receiver into a {@link ValidReceiver}.
 * Every problem found is handed to the sink; nothing is thrown, so one deployment reports all of them.
 */
final class ReceiverValidator {

    private final Set<Class<?>> knownEntities;
    private final Consumer<Throwable> problems;
    private final SenderGroups groups = new SenderGroups();
    /** Whether the library runs transaction phases itself, as the container would run them at once. */
    private volatile boolean libraryRunsTransactions;
    private final List<Runnable> deferred = new java.util.concurrent.CopyOnWriteArrayList<>();

    ReceiverValidator(Set<Class<?>> knownEntities, Consumer<Throwable> problems) {
        this.knownEntities = knownEntities;
        this.problems = problems;
    }

    /** Whether the observer concerns the library at all: it observes one of our payloads or qualifiers. */
    static boolean concerns(Observed observer) {
        return Phase.isPayload(rawType(observer.type())) || !phasesOf(observer).isEmpty();
    }

    /** The container runs transactional observers at once (no transaction integration): the library runs them. */
    void libraryRunsTransactions() {
        libraryRunsTransactions = true;
    }

    /**
     * Returns the receiver, or {@code null} after reporting why the observer is not a valid one. Safe to call
     * from several threads: containers may process observer methods concurrently.
     */
    ValidReceiver validate(Observed observer, String location) {
        List<Throwable> found = new ArrayList<>();
        ValidReceiver receiver = check(observer, location, found);
        found.forEach(problems);
        return found.isEmpty() ? receiver : null;
    }

    private ValidReceiver check(Observed observer, String location, List<Throwable> found) {
        List<Annotation> phases = phasesOf(observer);
        Class<?> payload = rawType(observer.type());
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
            found.add(Messages.wrongPayload(location, phase, observer.type().getTypeName()));
            return null;
        }
        checkOtherQualifiers(observer, location, phase, found);
        String attribute = "";
        Set<RelationEvent.Action> actions = EnumSet.allOf(RelationEvent.Action.class);
        if (phase == Phase.RELATION) {
            RelationChanged relation = (RelationChanged) phases.get(0);
            attribute = relation.attribute();
            if (relation.actions().length > 0) {
                actions = EnumSet.copyOf(Arrays.asList(relation.actions()));
            }
            if (actions.stream().anyMatch(RelationEvent.Action::isPre)) {
                checkInline(observer, location, found, how -> Messages.preActionDeferred(location, how));
            }
        } else if (phase.inlineOnly()) {
            checkInline(observer, location, found, how -> Messages.notInline(location, phase, how));
        }
        Class<?>[] senders = senders(observer, location, phase, phases.get(0), found);
        if (phase == Phase.RELATION) {
            checkRelations(location, senders, attribute, found);
        }
        boolean alone = observer.async()
                || libraryRunsTransactions && observer.during() != TransactionPhase.IN_PROGRESS;
        int group = alone ? groups.alone() : groups.of(senders, attribute, actions);
        return new ValidReceiver(location, phase, senders, group, observer.async(), observer.during(),
                observer.priority(), attribute, actions, alone);
    }

    /**
     * Each mapped sender must declare or inherit the relation (any collection-valued one when no attribute is
     * named). Read from annotations: relations mapped only in orm.xml are not seen, so only annotated senders are
     * checked, and only when they have no relation annotation at all, or none of the name.
     */
    private static void checkRelations(String location, Class<?>[] senders, String attribute, List<Throwable> found) {
        for (Class<?> sender : senders) {
            if (isMapped(sender) && !RelationAttributes.declares(sender, attribute)) {
                found.add(Messages.noSuchRelation(location, sender, attribute));
            }
        }
    }

    private static void checkOtherQualifiers(Observed observer, String location, Phase phase,
            List<Throwable> found) {
        for (Annotation qualifier : observer.qualifiers()) {
            Class<? extends Annotation> type = qualifier.annotationType();
            if (Phase.of(qualifier) == null && type != Any.class && type != Default.class) {
                found.add(Messages.extraQualifier(location, phase, "@" + type.getSimpleName()));
            }
        }
    }

    /** Reports the observer when it is asynchronous or transactional, through the phase's message. */
    private static void checkInline(Observed observer, String location, List<Throwable> found,
            Function<String, Throwable> problem) {
        if (observer.async()) {
            found.add(problem.apply("@ObservesAsync"));
        } else if (observer.during() != TransactionPhase.IN_PROGRESS) {
            found.add(problem.apply("transactional (during = " + observer.during() + ")"));
        }
    }

    /** The effective senders: the declared ones, or the type argument when none is declared. */
    private Class<?>[] senders(Observed observer, String location, Phase phase, Annotation qualifier,
            List<Throwable> found) {
        Class<?>[] declared = phase.senders(qualifier);
        Class<?> bound = typeBound(observer.type());
        for (Class<?> sender : declared) {
            if (!isSender(sender)) {
                found.add(Messages.notASender(location, phase, sender));
                continue;
            }
            checkLater(location, phase, sender);
            if (bound != null && !bound.isAssignableFrom(sender)) {
                found.add(Messages.typeDisagrees(location, phase, bound, sender));
            }
        }
        if (declared.length > 0 || bound == null) {
            return declared;
        }
        if (!isSender(bound)) {
            found.add(Messages.notASender(location, phase, bound));
        } else {
            checkLater(location, phase, bound);
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
        return !Modifier.isFinal(type.getModifiers());
    }

    /**
     * A concrete class that is not mapped must be a superclass of an entity CDI saw. Receivers are validated as
     * their types are discovered, in no particular order, so this is checked once discovery is over.
     */
    private void checkLater(String location, Phase phase, Class<?> sender) {
        if (!isMapped(sender) && !sender.isInterface() && !Modifier.isAbstract(sender.getModifiers())
                && sender != Object.class) {
            deferred.add(() -> {
                if (knownEntities.stream().noneMatch(sender::isAssignableFrom)) {
                    problems.accept(Messages.notASender(location, phase, sender));
                }
            });
        }
    }

    /** Runs the checks that needed every entity discovered. */
    void checkDeferred() {
        deferred.forEach(Runnable::run);
        deferred.clear();
    }

    static boolean isMapped(Class<?> type) {
        return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class);
    }

    private static List<Annotation> phasesOf(Observed observer) {
        List<Annotation> phases = new ArrayList<>();
        for (Annotation qualifier : observer.qualifiers()) {
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

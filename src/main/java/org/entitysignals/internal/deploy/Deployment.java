package org.entitysignals.internal.deploy;

import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.ExcludeDefaultListeners;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entitysignals.internal.Messages;
import org.entitysignals.internal.Names;
import org.entitysignals.internal.SenderGroup;
import org.entitysignals.internal.ValidReceiver;
import org.entitysignals.internal.runtime.Dispatchers;
import org.entitysignals.internal.runtime.FailureReports;

/** The deployment-time work of the extension: collect and validate receivers, report problems, start dispatch. */
public final class Deployment {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private final Extension extension;
    private final Set<Class<?>> entities = ConcurrentHashMap.newKeySet();
    private final List<ValidReceiver> receivers = new CopyOnWriteArrayList<>();
    private final List<Throwable> problems = new CopyOnWriteArrayList<>();
    /** Receivers declared by the bean types seen, validated once each: empty when invalid (and reported). */
    private final Map<Method, Optional<ValidReceiver>> declared = new ConcurrentHashMap<>();
    private final ReceiverValidator validator = new ReceiverValidator(entities, problems::add);
    /** Whether the container runs transactional receivers (a server), rather than the library (Weld SE). */
    private volatile boolean containerRunsTransactions = true;
    /** Reports failures of after-completion receivers the container runs; set once the container started. */
    private volatile FailureReports failures;

    public Deployment(Extension extension) {
        this.extension = extension;
        Dispatchers.extensionCreated(extension);
    }

    /**
     * The container starts: where it would run transactional observers at once (Weld SE), transactional receivers
     * are rewritten to run in the library's own transaction phases instead (see {@code WaitingReceivers}).
     */
    public void containerFound(BeanManager beanManager) {
        containerRunsTransactions = ContainerTransactions.integrated(beanManager);
        if (!containerRunsTransactions) {
            validator.libraryRunsTransactions();
        }
    }

    public void entityFound(Class<?> entityClass) {
        entities.add(entityClass);
        EntityListeners listeners = entityClass.getAnnotation(EntityListeners.class);
        if (listeners != null && !entityClass.isAnnotationPresent(ExcludeDefaultListeners.class)
                && Arrays.stream(listeners.value())
                        .anyMatch(listener -> listener.getName().equals(Names.MAPPING_FILE_LISTENER))) {
            LOG.log(System.Logger.Level.WARNING, Messages.listenerNamedOnEntity(entityClass));
        }
    }

    /**
     * Validates the receivers a bean type declares and, when valid, rewrites their event parameters to observe what
     * the dispatcher fires: the raw payload type (validation made sure the entity fits the declared type argument)
     * with the receiver's {@link SenderGroup}. The container then builds plain observer methods from the type.
     */
    public <X> void typeFound(ProcessAnnotatedType<X> event, BeanManager beanManager) {
        AnnotatedType<X> type = event.getAnnotatedType();
        Map<Method, Map<Integer, RewrittenType.Rewrite>> rewrites = new HashMap<>();
        for (AnnotatedMethod<? super X> method : type.getMethods()) {
            for (AnnotatedParameter<? super X> parameter : method.getParameters()) {
                Observed observed = Observed.of(parameter, beanManager);
                if (observed == null || !ReceiverValidator.concerns(observed)) {
                    continue;
                }
                // an inherited receiver is seen with each type that has it: validated (and reported) once
                Optional<ValidReceiver> receiver = declared.computeIfAbsent(method.getJavaMember(), key ->
                        Optional.ofNullable(validator.validate(observed, Locations.of(method.getJavaMember()))));
                receiver.ifPresent(valid -> rewrites.computeIfAbsent(method.getJavaMember(),
                        key -> new HashMap<>()).put(parameter.getPosition(), new RewrittenType.Rewrite(
                                valid.phase().payload(), new SenderGroup.Literal(valid.group()),
                                valid.deferredByLibrary())));
            }
        }
        if (!rewrites.isEmpty()) {
            event.setAnnotatedType(new RewrittenType<>(type, rewrites));
        }
    }

    /**
     * Validates an observer of our events that no bean type declared as such (added by another extension, say)
     * and, when valid, widens what it observes to what the dispatcher fires:
     * the raw payload type (validation made sure the entity fits the declared type argument) and the phase
     * qualifier with the receiver's {@link SenderGroup}. A raw type, not {@code SaveEvent<?>}, because CDI lets a
     * raw observed type receive any parameterization and Weld accepts it as a widening without a warning.
     */
    public <T, X> void observerFound(ProcessObserverMethod<T, X> event) {
        ObserverMethod<T> observer = event.getObserverMethod();
        if (event.getAnnotatedMethod() == null) {
            return;
        }
        Optional<ValidReceiver> declaredReceiver = declared.get(event.getAnnotatedMethod().getJavaMember());
        if (declaredReceiver != null) {
            // rewritten at discovery; counted now that it belongs to a bean (not an abstract or vetoed type)
            declaredReceiver.ifPresent(receiver -> {
                receivers.add(receiver);
                if (containerRunsAfterCompletion(receiver)) {
                    reportFailures(event.configureObserverMethod(), observer, receiver);
                }
            });
            return;
        }
        if (!ReceiverValidator.concerns(Observed.of(observer))) {
            return;
        }
        ValidReceiver receiver = validator.validate(Observed.of(observer),
                Locations.of(event.getAnnotatedMethod().getJavaMember()));
        if (receiver != null) {
            receivers.add(receiver);
            var configurator = event.configureObserverMethod()
                    .observedType(receiver.phase().payload())
                    .qualifiers(receiver.qualifiers());
            if (receiver.deferredByLibrary()) {
                configurator.transactionPhase(TransactionPhase.IN_PROGRESS);
            }
            if (containerRunsAfterCompletion(receiver)) {
                reportFailures(configurator, observer, receiver);
            }
        }
    }

    /** Whether the container (a server's JTA integration) runs the receiver once the outcome is decided. */
    private boolean containerRunsAfterCompletion(ValidReceiver receiver) {
        TransactionPhase during = receiver.during();
        return containerRunsTransactions && !receiver.async() && during != TransactionPhase.IN_PROGRESS
                && during != TransactionPhase.BEFORE_COMPLETION;
    }

    /**
     * The container keeps running the receiver in its transaction phase, through a notification of the library's
     * that reports its failure as the library does in Java SE (the container would log it its own way): logged once,
     * fired as {@link org.entitysignals.ReceiverFailed}. The receiver itself is notified as before, event metadata
     * included.
     */
    private <T> void reportFailures(ObserverMethodConfigurator<T> configurator, ObserverMethod<T> original,
            ValidReceiver receiver) {
        configurator.notifyWith(context -> {
            try {
                original.notify(context);
            } catch (RuntimeException failure) {
                Throwable thrown = failure instanceof ObserverException && failure.getCause() != null
                        ? failure.getCause() : failure;
                failures.report(receiver, context.getEvent(), thrown);
            }
        });
    }

    public void reportProblems(AfterBeanDiscovery event) {
        validator.checkDeferred();
        problems.forEach(event::addDefinitionError);
    }

    public void start(BeanManager beanManager) {
        ReceiverMapLog.log(receivers);
        warnAboutUnmatchedSenders();
        failures = Dispatchers.start(extension, beanManager, receivers);
    }

    /**
     * Interfaces and abstract classes are accepted as senders even when no entity CDI saw implements them (entities
     * outside bean archives are invisible here); when CDI did see entities and none matches, a typo is likely.
     */
    private void warnAboutUnmatchedSenders() {
        if (entities.isEmpty()) {
            return;
        }
        for (ValidReceiver receiver : receivers) {
            for (Class<?> sender : receiver.senders()) {
                if (!ReceiverValidator.isMapped(sender) && entities.stream().noneMatch(sender::isAssignableFrom)) {
                    LOG.log(System.Logger.Level.WARNING, Messages.senderMatchesNoEntity(receiver.location(), sender));
                }
            }
        }
    }

    public void stop() {
        Dispatchers.stop(extension);
    }
}

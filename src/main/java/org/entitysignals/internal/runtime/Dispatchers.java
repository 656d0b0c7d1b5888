package org.entitysignals.internal.runtime;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entitysignals.internal.ValidReceiver;

/**
 * The door from deployment to delivery: the dispatcher of each running CDI container, keyed by the container's
 * instance of the extension, so that a provider hook finds it through whichever bean manager it is given
 * ({@link BeanManager#getExtension}).
 */
public final class Dispatchers {

    private static final Map<Extension, SignalDispatcher> STARTED = new ConcurrentHashMap<>();
    /** The extension's class, as the deployment names it: the runtime does not depend on the API. */
    private static volatile Class<? extends Extension> extensionClass;
    /** Counts container starts: a failed lookup is not retried until another container starts. */
    private static volatile int starts;

    private Dispatchers() {
    }

    /** A container created the extension: from now on hooks look for it in their bean manager. */
    public static void extensionCreated(Extension extension) {
        extensionClass = extension.getClass();
    }

    /**
     * The container deployed: signals are delivered to these receivers from now on.
     *
     * @return what reports receivers that fail once the outcome is decided
     */
    public static FailureReports start(Extension extension, BeanManager beanManager, List<ValidReceiver> receivers) {
        FailureReports failures = new FailureReports(beanManager);
        SignalDispatcher dispatcher = new SignalDispatcher(beanManager, receivers, failures);
        STARTED.put(extension, dispatcher);
        DispatcherConnection.containerStarted();
        starts++;
        UnitHooks.containerStarted(DispatcherConnection.of(dispatcher));
        return failures;
    }

    /** The container shuts down: its signals are no longer delivered. */
    public static void stop(Extension extension) {
        SignalDispatcher dispatcher = STARTED.remove(extension);
        if (dispatcher != null) {
            dispatcher.stop();
        }
    }

    static int starts() {
        return starts;
    }

    /**
     * The dispatcher of the bean manager's container, or {@code null} while it has not started.
     *
     * @throws IllegalArgumentException when the container has no Entity Signals extension
     */
    static SignalDispatcher of(BeanManager beanManager) {
        Class<? extends Extension> type = extensionClass;
        if (type == null) {
            throw new IllegalArgumentException("no container created the Entity Signals extension");
        }
        return STARTED.get(beanManager.getExtension(type));
    }
}

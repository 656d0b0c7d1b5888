package org.entitysignals;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.entitysignals.internal.deploy.Deployment;

/**
 * The CDI portable extension of Entity Signals. It is registered through {@code META-INF/services}, so adding the
 * jar is enough; name it only where extensions are listed by hand, as in a Weld SE or weld-junit test:
 *
 * <pre>
 * WeldContainer container = new Weld().addExtension(new EntitySignalsExtension()).initialize();
 * </pre>
 *
 * <p>At deployment it validates every receiver of {@link SaveEvent} and {@link DeleteEvent} (a misdeclared one fails
 * the deployment with a message naming the method and the fix, all problems at once), logs at INFO which receivers
 * listen to which entity, and from then on delivers the signals raised by {@link EntitySignalsListener}.
 *
 * @since 0.1.0
 */
public class EntitySignalsExtension implements Extension {

    private final Deployment registry = new Deployment(this);

    void detectTransactions(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
        registry.containerFound(beanManager);
    }

    void collectEntities(@Observes @WithAnnotations({Entity.class, MappedSuperclass.class})
            ProcessAnnotatedType<?> event) {
        registry.entityFound(event.getAnnotatedType().getJavaClass());
    }

    void collectReceivers(@Observes @WithAnnotations({Observes.class, ObservesAsync.class})
            ProcessAnnotatedType<?> event, BeanManager beanManager) {
        registry.typeFound(event, beanManager);
    }

    <T, X> void collectOtherReceivers(@Observes ProcessObserverMethod<T, X> event) {
        registry.observerFound(event);
    }

    void reportProblems(@Observes AfterBeanDiscovery event) {
        registry.reportProblems(event);
    }

    void start(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        registry.start(beanManager);
    }

    void stop(@Observes BeforeShutdown event) {
        registry.stop();
    }
}

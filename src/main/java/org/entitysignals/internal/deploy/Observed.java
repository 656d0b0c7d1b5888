package org.entitysignals.internal.deploy;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an observer method observes and how: read from its declaration (the event parameter of an annotated type)
 * or from a container's {@link ObserverMethod}.
 */
record Observed(Type type, Set<Annotation> qualifiers, boolean async, TransactionPhase during, int priority) {

    static Observed of(ObserverMethod<?> observer) {
        return new Observed(observer.getObservedType(), observer.getObservedQualifiers(), observer.isAsync(),
                observer.getTransactionPhase(), observer.getPriority());
    }

    /** The event parameter of an observer method, or {@code null} when the parameter observes nothing. */
    static Observed of(AnnotatedParameter<?> parameter, BeanManager beanManager) {
        Observes sync = parameter.getAnnotation(Observes.class);
        boolean async = parameter.isAnnotationPresent(ObservesAsync.class);
        if (sync == null && !async) {
            return null;
        }
        Set<Annotation> qualifiers = new LinkedHashSet<>();
        for (Annotation annotation : parameter.getAnnotations()) {
            if (beanManager.isQualifier(annotation.annotationType())) {
                qualifiers.add(annotation);
            }
        }
        Priority priority = parameter.getAnnotation(Priority.class);
        return new Observed(parameter.getBaseType(), qualifiers, async,
                sync != null ? sync.during() : TransactionPhase.IN_PROGRESS,
                priority != null ? priority.value() : ObserverMethod.DEFAULT_PRIORITY);
    }
}

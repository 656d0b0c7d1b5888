package org.entitysignals.internal.deploy;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.AnnotatedCallable;
import jakarta.enterprise.inject.spi.AnnotatedConstructor;
import jakarta.enterprise.inject.spi.AnnotatedField;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.util.AnnotationLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entitysignals.internal.SenderGroup;

/**
 * A bean type whose receivers' event parameters observe what the dispatcher fires: the raw payload type (validation
 * made sure the entity fits the declared type argument) with the receiver's {@link SenderGroup} added to its
 * qualifiers. The container then builds ordinary observer methods from it, which it notifies on its fast path
 * (a synthetic observer, registered through {@code configureObserverMethod()}, costs the container event metadata
 * and a context object on every notification).
 */
final class RewrittenType<X> extends DelegatingAnnotated implements AnnotatedType<X> {

    /**
     * How one event parameter changes.
     *
     * @param inProgress whether its {@code @Observes} becomes {@code IN_PROGRESS}: the library runs its transaction
     *                   phase, where the container would run it at once
     */
    record Rewrite(Class<?> payload, Annotation group, boolean inProgress) {
    }

    private final AnnotatedType<X> original;
    private final Set<AnnotatedMethod<? super X>> methods = new LinkedHashSet<>();

    /** @param rewrites the event parameters to change, by the method that declares each */
    RewrittenType(AnnotatedType<X> original, Map<Method, Map<Integer, Rewrite>> rewrites) {
        super(original);
        this.original = original;
        for (AnnotatedMethod<? super X> method : original.getMethods()) {
            Map<Integer, Rewrite> changes = rewrites.get(method.getJavaMember());
            methods.add(changes == null ? method : new RewrittenMethod<>(this, method, changes));
        }
    }

    @Override
    public Class<X> getJavaClass() {
        return original.getJavaClass();
    }

    @Override
    public Set<AnnotatedConstructor<X>> getConstructors() {
        return original.getConstructors();
    }

    @Override
    public Set<AnnotatedMethod<? super X>> getMethods() {
        return methods;
    }

    @Override
    public Set<AnnotatedField<? super X>> getFields() {
        return original.getFields();
    }

    private static final class RewrittenMethod<X> extends DelegatingAnnotated implements AnnotatedMethod<X> {
        private final AnnotatedType<X> declaringType;
        private final AnnotatedMethod<X> original;
        private final List<AnnotatedParameter<X>> parameters = new ArrayList<>();

        @SuppressWarnings("unchecked")
        RewrittenMethod(AnnotatedType<?> declaringType, AnnotatedMethod<? super X> original,
                Map<Integer, Rewrite> changes) {
            super(original);
            this.declaringType = (AnnotatedType<X>) declaringType;
            this.original = (AnnotatedMethod<X>) original;
            for (AnnotatedParameter<X> parameter : this.original.getParameters()) {
                Rewrite change = changes.get(parameter.getPosition());
                parameters.add(change == null ? parameter : new RewrittenParameter<>(this, parameter, change));
            }
        }

        @Override
        public Method getJavaMember() {
            return original.getJavaMember();
        }

        @Override
        public List<AnnotatedParameter<X>> getParameters() {
            return parameters;
        }

        @Override
        public boolean isStatic() {
            return original.isStatic();
        }

        @Override
        public AnnotatedType<X> getDeclaringType() {
            return declaringType;
        }
    }

    private static final class RewrittenParameter<X> extends DelegatingAnnotated implements AnnotatedParameter<X> {
        private final AnnotatedCallable<X> callable;
        private final AnnotatedParameter<X> original;
        private final Rewrite change;

        RewrittenParameter(AnnotatedCallable<X> callable, AnnotatedParameter<X> original, Rewrite change) {
            super(original, annotations(original, change));
            this.callable = callable;
            this.original = original;
            this.change = change;
        }

        private static Set<Annotation> annotations(AnnotatedParameter<?> original, Rewrite change) {
            Set<Annotation> all = new LinkedHashSet<>();
            for (Annotation annotation : original.getAnnotations()) {
                all.add(change.inProgress() && annotation instanceof Observes observes ? new InProgress(observes)
                        : annotation);
            }
            all.add(change.group());
            return all;
        }

        @Override
        public int getPosition() {
            return original.getPosition();
        }

        @Override
        public AnnotatedCallable<X> getDeclaringCallable() {
            return callable;
        }

        @Override
        public Type getBaseType() {
            return change.payload();
        }

        @Override
        public Set<Type> getTypeClosure() {
            return Set.of(change.payload(), Object.class);
        }
    }

    /** {@code @Observes} with the transaction phase {@code IN_PROGRESS}. */
    @SuppressWarnings("all")
    private static final class InProgress extends AnnotationLiteral<Observes> implements Observes {
        private static final long serialVersionUID = 1L;
        private final Reception notifyObserver;

        InProgress(Observes original) {
            this.notifyObserver = original.notifyObserver();
        }

        @Override
        public Reception notifyObserver() {
            return notifyObserver;
        }

        @Override
        public TransactionPhase during() {
            return TransactionPhase.IN_PROGRESS;
        }
    }
}

package org.entitysignals.internal.deploy;

import jakarta.enterprise.inject.spi.Annotated;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a {@link RewrittenType}, its methods and parameters keep of the original: their types, and their annotations
 * unless the rewrite gives others.
 */
abstract class DelegatingAnnotated implements Annotated {
    private final Annotated delegate;
    private final Set<Annotation> annotations;

    DelegatingAnnotated(Annotated delegate) {
        this(delegate, delegate.getAnnotations());
    }

    /** @param annotations the annotations it has instead of the original's */
    DelegatingAnnotated(Annotated delegate, Set<Annotation> annotations) {
        this.delegate = delegate;
        this.annotations = Set.copyOf(annotations);
    }

    @Override
    public Type getBaseType() {
        return delegate.getBaseType();
    }

    @Override
    public Set<Type> getTypeClosure() {
        return delegate.getTypeClosure();
    }

    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationType) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == annotationType) {
                return annotationType.cast(annotation);
            }
        }
        return null;
    }

    @Override
    public <T extends Annotation> Set<T> getAnnotations(Class<T> annotationType) {
        Set<T> found = new LinkedHashSet<>();
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == annotationType) {
                found.add(annotationType.cast(annotation));
            }
        }
        return found;
    }

    @Override
    public Set<Annotation> getAnnotations() {
        return annotations;
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends Annotation> annotationType) {
        return getAnnotation(annotationType) != null;
    }
}

package org.entitysignals.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;


import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Routes one fired event to exactly the receivers whose senders accept the entity. CDI cannot match on the senders
 * themselves (array members of qualifiers must be {@code @Nonbinding}), so at deployment every receiver is given the
 * group of its distinct sender list, and each event is fired with the groups that accept its entity: one
 * {@code fire}, so CDI keeps ordering all matching receivers by {@code @Priority}.
 */
@Qualifier
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
@Repeatable(SenderGroup.List.class)
public @interface SenderGroup {

    int value();

    /** The literal form. */
    final class Literal extends AnnotationLiteral<SenderGroup> implements SenderGroup {

        private static final long serialVersionUID = 1L;

        private final int value;

        public Literal(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    /** Container of repeated groups; never declared by hand. */
    @Retention(RUNTIME)
    @Target({PARAMETER, FIELD, METHOD, TYPE})
    @interface List {
        SenderGroup[] value();
    }
}

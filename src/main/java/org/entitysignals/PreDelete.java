package org.entitysignals;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Qualifies the {@link DeleteEvent} fired just before an entity is removed ({@code @PreRemove}).
 *
 * <pre>
 * &#64;ApplicationScoped
 * class Receivers {
 *     void refuseGraduates(@Observes @PreDelete(Student.class) DeleteEvent&lt;Student&gt; event) {
 *        if (event.entity().isGraduated()) {
 *            throw new IllegalStateException("graduates are kept");
 *        }
 *    }
 * }
 * </pre>
 *
 * <p>{@link #value()} names the senders: the receiver gets the event when the entity is an instance of one
 * of them (so a sender also covers its subclasses, as a JPA listener on a superclass does). With no sender the
 * receiver gets the event of every entity whose class matches the event's type argument
 * ({@code DeleteEvent<?>} for all entities). Pre-delete receivers run inline, inside the JPA operation. They cannot be {@code @ObservesAsync} nor transactional.
 *
 * @since 0.1.0
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
public @interface PreDelete {

    /**
     * The senders: entity classes, mapped superclasses or supertypes of entities. Empty means every entity of the
     * event's type argument.
     *
     * @return the sender classes
     */
    @Nonbinding
    Class<?>[] value() default {};

    /**
     * Supports inline instantiation of the {@link PreDelete} qualifier.
     *
     * <pre>
     * Annotation any = PreDelete.Literal.ANY;
     * Annotation authors = PreDelete.Literal.of(Author.class);
     * </pre>
     *
     * @since 0.1.0
     */
    final class Literal extends AnnotationLiteral<PreDelete> implements PreDelete {

        /** The qualifier with no sender: every entity. */
        public static final Literal ANY = new Literal(new Class<?>[0]);

        private static final long serialVersionUID = 1L;

        /** The senders; empty for every entity. */
        private final Class<?>[] value;

        private Literal(Class<?>[] value) {
            this.value = value;
        }

        /**
         * Returns the qualifier for the given senders.
         *
         * @param senders entity classes, mapped superclasses or supertypes of entities; none means every entity
         * @return the qualifier instance
         */
        public static Literal of(Class<?>... senders) {
            return senders.length == 0 ? ANY : new Literal(senders.clone());
        }

        @Override
        public Class<?>[] value() {
            return value.clone();
        }
    }
}

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
 * Qualifies the {@link SaveEvent} fired after an entity was written: after the INSERT ({@code @PostPersist}) or the UPDATE ({@code @PostUpdate}).
 *
 * <pre>
 * &#64;ApplicationScoped
 * class Receivers {
 *     void createProfile(@Observes @PostSave(Author.class) SaveEvent&lt;Author&gt; event) {
 *        if (event.created()) {
 *            mailer.welcome(event.entity());
 *        }
 *    }
 * }
 * </pre>
 *
 * <p>{@link #value()} names the senders: the receiver gets the event when the entity is an instance of one
 * of them (so a sender also covers its subclasses, as a JPA listener on a superclass does). With no sender the
 * receiver gets the event of every entity whose class matches the event's type argument
 * ({@code SaveEvent<?>} for all entities). Post-save receivers may also be transactional ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)})
 * or asynchronous ({@code @ObservesAsync}).
 *
 * @since 0.1.0
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
public @interface PostSave {

    /**
     * The senders: entity classes, mapped superclasses or supertypes of entities. Empty means every entity of the
     * event's type argument.
     *
     * @return the sender classes
     */
    @Nonbinding
    Class<?>[] value() default {};

    /**
     * Supports inline instantiation of the {@link PostSave} qualifier.
     *
     * <pre>
     * Annotation any = PostSave.Literal.ANY;
     * Annotation authors = PostSave.Literal.of(Author.class);
     * </pre>
     *
     * @since 0.1.0
     */
    final class Literal extends AnnotationLiteral<PostSave> implements PostSave {

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

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
 * Qualifies the {@link LoadEvent} fired after an entity was loaded from the database ({@code @PostLoad}): Django's
 * {@code post_init}, for entities that come from the database. Named {@code Loaded}, not {@code PostLoad}, so it
 * does not clash with {@code jakarta.persistence.PostLoad} in your code.
 *
 * <pre>
 * &#64;ApplicationScoped
 * class Receivers {
 *     void decrypt(&#64;Observes &#64;Loaded(Patient.class) LoadEvent&lt;Patient&gt; event) {
 *         event.entity().setNotes(crypto.decrypt(event.entity().getEncryptedNotes()));
 *     }
 * }
 * </pre>
 *
 * <p>Senders work as for {@link PostSave}: an entity class covers its subclasses, and with no sender the type
 * argument filters ({@code LoadEvent<?>} for all entities). Load receivers run inline, inside the query or
 * {@code find} that loaded the entity (once per loaded entity), and must not use the EntityManager; they may also be
 * {@code @ObservesAsync}.
 *
 * @since 0.1.0
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
public @interface Loaded {

    /**
     * The senders: entity classes, mapped superclasses or supertypes of entities. Empty means every entity of the
     * event's type argument.
     *
     * @return the sender classes
     */
    @Nonbinding
    Class<?>[] value() default {};

    /**
     * Supports inline instantiation of the {@link Loaded} qualifier.
     *
     * <pre>
     * Annotation any = Loaded.Literal.ANY;
     * Annotation authors = Loaded.Literal.of(Author.class);
     * </pre>
     *
     * @since 0.1.0
     */
    final class Literal extends AnnotationLiteral<Loaded> implements Loaded {

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

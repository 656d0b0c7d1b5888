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
 * Qualifies the {@link RelationEvent} fired when the elements of a collection-valued relation are linked or
 * unlinked: Django's {@code m2m_changed}.
 *
 * <pre>
 * &#64;ApplicationScoped
 * class Enrollments {
 *     void log(&#64;Observes &#64;RelationChanged(value = Student.class, attribute = "courses") RelationEvent&lt;Student&gt; event) {
 *         if (event.action() == RelationEvent.Action.POST_ADD) {
 *             event.added().forEach(course -&gt; log.info(event.entity() + " enrolled in " + course));
 *         }
 *     }
 * }
 * </pre>
 *
 * <ul>
 * <li><b>Which relations.</b> {@code @ManyToMany} and {@code @OneToMany} collections on the owning side, the side
 * JPA writes. Changing only the inverse ({@code mappedBy}) side writes nothing and delivers nothing.
 * {@code @ElementCollection}s, which hold values rather than entities, are not reported.</li>
 * <li><b>Reverse events.</b> When the owning side of a bidirectional {@code @ManyToMany} changes, each entity added
 * to or removed from it also receives events for its inverse attribute, with {@link RelationEvent#reverse()}
 * {@code true}: one per action per flush, an {@code ADD} with every owning entity that linked it in
 * {@code added()}, a {@code REMOVE} with every one that unlinked it in {@code removed()} (a clear of an owner is a
 * removal on each element's side). Two students joining a course in one flush give the course one {@code PRE_ADD}
 * and one {@code POST_ADD}, naming both. In each phase they come after the owning sides' events.</li>
 * <li><b>Senders</b> ({@link #value()}) are matched as for the other signals: the entity is an instance of one of
 * them. {@link #attribute()} narrows to one relation, {@link #actions()} to some actions.</li>
 * <li><b>No save signal.</b> A change to relations only delivers no {@link PreSave}/{@link PostSave} for the
 * owning entity, on every provider (as Django sends no {@code post_save} for {@code m2m_changed}). When attributes
 * of the entity change too, both signals are delivered.</li>
 * <li><b>Deleting</b> an entity delivers {@link PreDelete}/{@link PostDelete}, no relation event for the rows JPA
 * unlinks with it.</li>
 * <li><b>Phases.</b> {@code PRE_} actions run inside the flush, before the rows are written: like {@link PreSave},
 * their receivers must be plain synchronous {@code @Observes} methods, and an exception rolls the transaction back.
 * {@code POST_} actions run once the flush is over, may write through the EntityManager, and may be observed
 * asynchronously or in a transaction phase. A receiver that is {@code @ObservesAsync} or transactional must
 * therefore list only {@code POST_} actions in {@link #actions()}, or deployment fails.</li>
 * </ul>
 *
 * @since 0.1.0
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
public @interface RelationChanged {

    /**
     * The senders: entity classes, mapped superclasses or supertypes of entities owning the relation. Empty means
     * every entity of the event's type argument.
     *
     * @return the sender classes
     */
    @Nonbinding
    Class<?>[] value() default {};

    /**
     * The relation to observe, by its JPA attribute name; empty for every relation of the senders. Each named
     * sender must declare (or inherit) a collection-valued relation of this name.
     *
     * @return the attribute name, or {@code ""}
     */
    @Nonbinding
    String attribute() default "";

    /**
     * The actions to observe; empty for all six.
     *
     * @return the actions
     */
    @Nonbinding
    RelationEvent.Action[] actions() default {};

    /**
     * Supports inline instantiation of the {@link RelationChanged} qualifier.
     *
     * <pre>
     * Annotation any = RelationChanged.Literal.ANY;
     * Annotation students = RelationChanged.Literal.of(Student.class);
     * </pre>
     *
     * @since 0.1.0
     */
    final class Literal extends AnnotationLiteral<RelationChanged> implements RelationChanged {

        /** The qualifier with no sender, attribute or action: every relation change. */
        public static final Literal ANY = new Literal(new Class<?>[0], "", new RelationEvent.Action[0]);

        private static final long serialVersionUID = 1L;

        /** The senders; empty for every entity. */
        private final Class<?>[] value;
        /** The relation's attribute name; empty for every relation. */
        private final String attribute;
        /** The actions; empty for every action. */
        private final RelationEvent.Action[] actions;

        private Literal(Class<?>[] value, String attribute, RelationEvent.Action[] actions) {
            this.value = value;
            this.attribute = attribute;
            this.actions = actions;
        }

        /**
         * Returns the qualifier for the given senders, any attribute and any action.
         *
         * @param senders entity classes, mapped superclasses or supertypes of entities; none means every entity
         * @return the qualifier instance
         */
        public static Literal of(Class<?>... senders) {
            return senders.length == 0 ? ANY : new Literal(senders.clone(), "", new RelationEvent.Action[0]);
        }

        /**
         * Returns a qualifier like this one, narrowed to one relation.
         *
         * @param attribute the relation's JPA attribute name, or {@code ""} for every relation
         * @return the qualifier instance
         */
        public Literal withAttribute(String attribute) {
            return new Literal(value, attribute, actions);
        }

        /**
         * Returns a qualifier like this one, narrowed to some actions.
         *
         * @param actions the actions; none means all
         * @return the qualifier instance
         */
        public Literal withActions(RelationEvent.Action... actions) {
            return new Literal(value, attribute, actions.clone());
        }

        @Override
        public Class<?>[] value() {
            return value.clone();
        }

        @Override
        public String attribute() {
            return attribute;
        }

        @Override
        public RelationEvent.Action[] actions() {
            return actions.clone();
        }
    }
}

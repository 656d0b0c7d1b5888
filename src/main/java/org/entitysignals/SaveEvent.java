package org.entitysignals;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Set;

/**
 * An entity is being saved ({@link PreSave}) or was saved ({@link PostSave}): Django's {@code pre_save} and
 * {@code post_save}.
 *
 * <pre>
 * &#64;ApplicationScoped
 * class Profiles {
 *     &#64;Inject EntityManager em;
 *
 *     void createProfile(&#64;Observes &#64;PostSave(Author.class) SaveEvent&lt;Author&gt; event) {
 *         if (event.created()) {
 *             em.persist(new Profile(event.entity()));
 *         }
 *     }
 * }
 * </pre>
 *
 * <p>The type argument names the entities the receiver accepts; it must agree with the qualifier's senders
 * ({@code @PostSave(Author.class) SaveEvent<Book>} fails deployment). {@code SaveEvent<?>} with no sender receives
 * every entity.
 *
 * <p><b>What changed.</b> {@link #changedAttributes()}, {@link #changed(String)}, {@link #oldValue(String)} and
 * {@link #newValue(String)} tell what this save writes, in both phases, identically on EclipseLink and Hibernate:
 *
 * <pre>
 * void emailChanged(&#64;Observes &#64;PostSave(Author.class) SaveEvent&lt;Author&gt; event) {
 *     if (!event.created() &amp;&amp; event.changed(Author_.email)) {
 *         mailer.confirm(event.entity(), event.oldValue(Author_.email));
 *     }
 * }
 * </pre>
 *
 * <ul>
 * <li>They cover the <em>singular</em> persistent attributes: basic values, embeddables and to-one associations.
 * The identifier and the {@code @Version} attribute, which the provider manages, are left out; relations to
 * other entities are reported by {@link RelationChanged}, and a change to an {@code @ElementCollection} makes a
 * save without naming it.</li>
 * <li>On an UPDATE, an attribute is changed when its value differs from the one loaded from the database, or
 * written by an earlier flush of the same transaction. In the pre phase the comparison is with the entity as it
 * stands; in the post phase with what was written, changes made by pre-save receivers included.</li>
 * <li>On an INSERT, every attribute with a non-null value is changed, and every old value is {@code null} (as
 * Rails' {@code saved_changes} and django-dirtyfields report a new row).</li>
 * <li>Nothing is copied until a receiver asks: the answers are read from the state the provider keeps anyway.
 * An {@code @ObservesAsync} receiver sees the changes as of the flush.</li>
 * <li>When the provider does not know the old state, these methods throw {@link IllegalStateException} with the
 * reason (on EclipseLink without the {@code EclipseLinkSignals} session listener; on Hibernate with the library's
 * integrator switched off; for an update through a Hibernate {@code StatelessSession}).</li>
 * </ul>
 *
 * <p>Instances are created by the library and are immutable; new accessors may be added in later releases, so do
 * not implement this interface.
 *
 * @param <T> the entity type
 * @since 0.1.0
 */
public interface SaveEvent<T> {

    /**
     * The entity being saved. In the pre phase a receiver may change it and the change is written.
     *
     * @return the managed entity instance, never {@code null}
     */
    T entity();

    /**
     * Whether this save is an INSERT ({@code @PrePersist}/{@code @PostPersist}), in both phases; {@code false} for
     * an UPDATE. Django's {@code created}.
     *
     * @return {@code true} for a new row
     */
    boolean created();

    /**
     * The singular attributes this save changes (see the class description), in alphabetical order.
     *
     * @return an unmodifiable set of JPA attribute names; empty when only an element collection changed
     * @throws IllegalStateException when the provider does not know the old state
     */
    Set<String> changedAttributes();

    /**
     * Whether this save changes the attribute.
     *
     * @param attribute a singular persistent attribute of the entity, by its JPA name
     * @return {@code true} when the attribute is in {@link #changedAttributes()}
     * @throws IllegalArgumentException when the entity has no such singular persistent attribute
     * @throws IllegalStateException    when the provider does not know the old state
     */
    boolean changed(String attribute);

    /**
     * Whether this save changes the attribute, named through the JPA static metamodel: {@code changed(Author_.email)}.
     *
     * @param attribute a singular persistent attribute of the entity
     * @return {@code true} when the attribute is in {@link #changedAttributes()}
     * @throws IllegalArgumentException when it is not a singular persistent attribute of the entity
     * @throws IllegalStateException    when the provider does not know the old state
     */
    default boolean changed(Attribute<? super T, ?> attribute) {
        return changed(attribute.getName());
    }

    /**
     * The attribute's value before this save: loaded from the database or written by an earlier flush of the same
     * transaction. For an attribute this save does not change it equals {@link #newValue(String)}; on an INSERT it
     * is {@code null}. A to-one association gives the previously associated entity, an embeddable a copy of its
     * previous value.
     *
     * @param attribute a singular persistent attribute of the entity, by its JPA name
     * @return the old value, possibly {@code null}
     * @throws IllegalArgumentException when the entity has no such singular persistent attribute
     * @throws IllegalStateException    when the provider does not know the old state
     */
    Object oldValue(String attribute);

    /**
     * The attribute's value before this save, typed through the JPA static metamodel:
     * {@code String before = event.oldValue(Author_.email)}.
     *
     * @param attribute a singular persistent attribute of the entity
     * @param <Y>       the attribute's type
     * @return the old value, possibly {@code null}
     * @throws IllegalArgumentException when it is not a singular persistent attribute of the entity
     * @throws IllegalStateException    when the provider does not know the old state
     */
    @SuppressWarnings("unchecked")
    default <Y> Y oldValue(SingularAttribute<? super T, Y> attribute) {
        return (Y) oldValue(attribute.getName());
    }

    /**
     * The attribute's value as this save writes it: in the pre phase the entity's current value, in the post phase
     * the value written (a receiver may have changed the entity since).
     *
     * @param attribute a singular persistent attribute of the entity, by its JPA name
     * @return the new value, possibly {@code null}
     * @throws IllegalArgumentException when the entity has no such singular persistent attribute
     * @throws IllegalStateException    when the provider does not know the state
     */
    Object newValue(String attribute);

    /**
     * The attribute's value as this save writes it, typed through the JPA static metamodel.
     *
     * @param attribute a singular persistent attribute of the entity
     * @param <Y>       the attribute's type
     * @return the new value, possibly {@code null}
     * @throws IllegalArgumentException when it is not a singular persistent attribute of the entity
     * @throws IllegalStateException    when the provider does not know the state
     */
    @SuppressWarnings("unchecked")
    default <Y> Y newValue(SingularAttribute<? super T, Y> attribute) {
        return (Y) newValue(attribute.getName());
    }
}

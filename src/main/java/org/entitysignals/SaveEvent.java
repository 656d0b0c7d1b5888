package org.entitysignals;

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
}

package org.entitysignals;

/**
 * An entity is being removed ({@link PreDelete}) or was removed ({@link PostDelete}): Django's {@code pre_delete}
 * and {@code post_delete}.
 *
 * <pre>
 * &#64;ApplicationScoped
 * class Photos {
 *     void deletePhoto(&#64;Observes &#64;PostDelete(Student.class) DeleteEvent&lt;Student&gt; event) throws IOException {
 *         Files.deleteIfExists(event.entity().getPhotoPath());
 *     }
 * }
 * </pre>
 *
 * <p>Instances are created by the library and are immutable; new accessors may be added in later releases, so do
 * not implement this interface.
 *
 * @param <T> the entity type
 * @since 0.1.0
 */
public interface DeleteEvent<T> {

    /**
     * The entity being removed.
     *
     * @return the entity instance, never {@code null}
     */
    T entity();
}

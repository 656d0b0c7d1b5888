package org.entitysignals;

/**
 * An entity was loaded from the database ({@link Loaded}): Django's {@code post_init} for loaded instances.
 *
 * <pre>
 * void countReads(&#64;Observes &#64;Loaded(Document.class) LoadEvent&lt;Document&gt; event) {
 *     metrics.counter("document.reads").increment();
 * }
 * </pre>
 *
 * <p>Instances are created by the library and are immutable; new accessors may be added in later releases, so do
 * not implement this interface.
 *
 * @param <T> the entity type
 * @since 0.1.0
 */
public interface LoadEvent<T> {

    /**
     * The entity just loaded, managed by the persistence context that loaded it.
     *
     * @return the entity instance, never {@code null}
     */
    T entity();
}

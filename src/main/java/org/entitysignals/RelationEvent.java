package org.entitysignals;

import java.util.Set;

/**
 * The elements of an entity's collection-valued relation changed ({@link RelationChanged}): Django's
 * {@code m2m_changed}.
 *
 * <pre>
 * void logEnrollments(&#64;Observes &#64;RelationChanged(value = Student.class, attribute = "courses",
 *         actions = RelationEvent.Action.POST_ADD) RelationEvent&lt;Student&gt; event) {
 *     event.added().forEach(course -&gt; log.info(event.entity() + " enrolled in " + course));
 * }
 * </pre>
 *
 * <p>Events report what JPA writes, once per relation and action per flush: the elements linked or unlinked by the
 * flush, compared with what was loaded or written before (adding an element that was already linked, or adding and
 * removing the same element before a flush, reports nothing). A flush that both unlinks and links elements of one
 * relation delivers {@code PRE_REMOVE} and {@code PRE_ADD} before its writes, then {@code POST_REMOVE} and
 * {@code POST_ADD} after them. Emptying a relation (with {@code clear()}, or by replacing or setting it to an empty
 * collection or {@code null}) is reported as {@code PRE_CLEAR}/{@code POST_CLEAR}, with the unlinked elements in
 * {@link #removed()}.
 *
 * <p>Instances are created by the library and are immutable; new accessors may be added in later releases, so do
 * not implement this interface.
 *
 * @param <T> the type of the entity whose relation changed
 * @since 0.1.0
 */
public interface RelationEvent<T> {

    /** What happens to the relation, before ({@code PRE_}) or after ({@code POST_}) JPA writes it. */
    enum Action {
        /** Elements are about to be linked: runs inside the flush, before the rows are written. */
        PRE_ADD,
        /** Elements were linked: runs after the flush that wrote the rows, in the same transaction. */
        POST_ADD,
        /** Elements are about to be unlinked: runs inside the flush, before the rows are deleted. */
        PRE_REMOVE,
        /** Elements were unlinked: runs after the flush that deleted the rows, in the same transaction. */
        POST_REMOVE,
        /** The relation is about to be emptied: runs inside the flush, before the rows are deleted. */
        PRE_CLEAR,
        /** The relation was emptied: runs after the flush that deleted the rows, in the same transaction. */
        POST_CLEAR;

        /**
         * Whether the action runs inside the flush, before the rows are written.
         *
         * @return {@code true} for {@code PRE_ADD}, {@code PRE_REMOVE} and {@code PRE_CLEAR}
         */
        public boolean isPre() {
            return this == PRE_ADD || this == PRE_REMOVE || this == PRE_CLEAR;
        }
    }

    /**
     * The entity whose relation changed.
     *
     * @return the managed entity instance, never {@code null}
     */
    T entity();

    /**
     * The relation, by its JPA attribute name, for example {@code "courses"}.
     *
     * @return the attribute name
     */
    String attribute();

    /**
     * What happens to the relation.
     *
     * @return the action
     */
    Action action();

    /**
     * The entities linked: non-empty for {@code PRE_ADD} and {@code POST_ADD}, empty otherwise.
     *
     * @return an unmodifiable set of the related entities
     */
    Set<Object> added();

    /**
     * The entities unlinked: non-empty for the {@code REMOVE} and {@code CLEAR} actions, empty otherwise.
     *
     * @return an unmodifiable set of the related entities
     */
    Set<Object> removed();

    /**
     * Whether the change is seen from the inverse ({@code mappedBy}) side of a bidirectional relation: the
     * entity is one of the elements of the owning side's change, and {@link #added()} or {@link #removed()} holds
     * the owning entity. See {@link RelationChanged} for when these are delivered.
     *
     * @return {@code true} for an event of the inverse side
     */
    boolean reverse();
}

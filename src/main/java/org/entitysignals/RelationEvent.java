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
 * <p>Events report what JPA writes, once per entity, relation and action per flush: the elements linked or unlinked
 * by the flush, compared with what was loaded or written before (adding an element that was already linked, or
 * adding and removing the same element before a flush, reports nothing). A flush that both unlinks and links
 * elements of one relation delivers {@code PRE_REMOVE} and {@code PRE_ADD} before its writes, then
 * {@code POST_REMOVE} and {@code POST_ADD} after them.
 *
 * <p><b>Reverse events</b> ({@link #reverse()}, see {@link RelationChanged}) are grouped the same way: an entity
 * linked to or unlinked from several owners in one flush receives one event per action, with all of them in
 * {@link #added()} or {@link #removed()}.
 *
 * <p><b>Order.</b> The {@code PRE_} events of a flush are delivered before it writes any row of its relations, its
 * {@code POST_} events once it is over, in the same order: the owning sides' events first, then the reverse events;
 * for each entity and relation, the removal or clear before the addition. Between entities of the same side, the
 * order is the provider's.
 *
 * <p><b>Removal or clear.</b> Neither provider records how elements were unlinked, only what the relation holds
 * when the flush writes it, so {@code collection.clear()} cannot be told from removing each element. A flush whose
 * removals leave the relation empty reports them as {@code PRE_CLEAR}/{@code POST_CLEAR}, whatever emptied it
 * ({@code clear()}, {@code remove(...)} of its last elements, replacing it with an empty collection or
 * {@code null}), with the unlinked entities in {@link #removed()}; a flush that leaves some element linked reports
 * its removals as {@code PRE_REMOVE}/{@code POST_REMOVE}. So removing a student's last course is a clear, where
 * Django sends {@code post_remove}: a receiver that wants every removal selects both actions.
 *
 * <pre>
 * void logDrops(&#64;Observes &#64;RelationChanged(value = Student.class, attribute = "courses",
 *         actions = {Action.POST_REMOVE, Action.POST_CLEAR}) RelationEvent&lt;Student&gt; event) {
 *     event.removed().forEach(course -&gt; log.info(event.entity() + " dropped " + course));
 * }
 * </pre>
 *
 * <p>On the reverse side ({@link #reverse()}) an unlinked owner is always a {@code REMOVE}: the inverse collection
 * is not read, so whether it is left empty is not known.
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
        /**
         * Elements are about to be unlinked, and the relation keeps at least one element (on the reverse side:
         * every unlinking): runs inside the flush, before the rows are deleted. A removal that empties the relation
         * is a {@link #PRE_CLEAR}.
         */
        PRE_REMOVE,
        /**
         * Elements were unlinked, and the relation kept at least one element (on the reverse side: every
         * unlinking): runs after the flush that deleted the rows, in the same transaction. A removal that emptied
         * the relation is a {@link #POST_CLEAR}.
         */
        POST_REMOVE,
        /**
         * The relation is about to be emptied: the flush unlinks every element it held, whether by
         * {@code clear()}, by {@code remove(...)} of its last elements or by replacing it with an empty collection
         * or {@code null}; {@link RelationEvent#removed()} holds them. Runs inside the flush, before the rows are
         * deleted. Owning side only.
         */
        PRE_CLEAR,
        /**
         * The relation was emptied, whatever emptied it (see {@link #PRE_CLEAR}); {@link RelationEvent#removed()}
         * holds the unlinked elements. Runs after the flush that deleted the rows, in the same transaction. Owning
         * side only.
         */
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
     * entity is an element linked or unlinked on the owning side, and {@link #added()} or {@link #removed()} holds
     * every owning entity that linked or unlinked it in the flush. See {@link RelationChanged} for when these are
     * delivered.
     *
     * @return {@code true} for an event of the inverse side
     */
    boolean reverse();
}

package org.entitysignals.internal.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entitysignals.RelationEvent.Action;

/**
 * The relation changes of one flush, turned into relation signals the same way on every provider. The provider adds
 * the net change of each relation it writes, then calls {@link #signal()} before writing their rows: the
 * {@code PRE_} actions are delivered there, the {@code POST_} ones returned for the provider to queue until its flush
 * is over. The reverse events are grouped: one per inverse entity, attribute and action, with every owner of the
 * flush that links or unlinks it.
 */
public final class RelationChanges {

    private final SignalDispatcher dispatcher;
    private final List<Change> owning = new ArrayList<>();
    private final Map<Side, Change> reverse = new LinkedHashMap<>();

    RelationChanges(SignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** The elements of {@code after} not in {@code before}, in {@code after}'s order. */
    public static Set<Object> missingFrom(Collection<?> before, Collection<?> after) {
        Set<Object> missing = new LinkedHashSet<>(after);
        missing.removeAll(before instanceof Set<?> ? before : new LinkedHashSet<>(before));
        return missing;
    }

    /**
     * Whether a relation of entities of the class needs comparing: someone receives its events, or it has an inverse
     * side whose entities may be received.
     */
    public boolean observes(Class<?> ownerClass, String inverseAttribute) {
        return inverseAttribute != null || dispatcher.hasRelationReceivers(ownerClass);
    }

    /**
     * Adds the net change of one relation in this flush.
     *
     * @param owner            the entity owning the relation
     * @param attribute        the relation's attribute name
     * @param added            the elements linked by this flush
     * @param removed          the elements unlinked by this flush
     * @param emptied          whether the relation is empty once written: its removals are then a clear
     * @param inverseAttribute the attribute of the inverse side of a bidirectional relation, or {@code null}
     */
    public void add(Object owner, String attribute, Set<Object> added, Set<Object> removed, boolean emptied,
            String inverseAttribute) {
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        if (dispatcher.hasRelationReceivers(owner.getClass())) {
            owning.add(new Change(owner, attribute, false, emptied, added, removed));
        }
        if (inverseAttribute != null) {
            reverse(removed, inverseAttribute, owner, false);
            reverse(added, inverseAttribute, owner, true);
        }
    }

    /**
     * Delivers the {@code PRE_} signals of the flush and returns its {@code POST_} ones, in the same order: the
     * owning sides' events first, in the order they were added, then the reverse events; for each entity and
     * attribute, a removal or clear before an addition.
     *
     * @return the post-phase deliveries, in order; empty when nobody receives them
     */
    List<Delivery> signal() {
        List<Delivery> post = new ArrayList<>();
        List<Change> all = new ArrayList<>(owning);
        all.addAll(reverse.values());
        for (Change change : all) {
            if (!change.removed().isEmpty()) {
                Set<Object> unlinked = Collections.unmodifiableSet(change.removed());
                signal(change, change.emptied() ? Action.PRE_CLEAR : Action.PRE_REMOVE,
                        change.emptied() ? Action.POST_CLEAR : Action.POST_REMOVE, Set.of(), unlinked, post);
            }
            if (!change.added().isEmpty()) {
                Set<Object> linked = Collections.unmodifiableSet(change.added());
                signal(change, Action.PRE_ADD, Action.POST_ADD, linked, Set.of(), post);
            }
        }
        return post;
    }

    private void signal(Change change, Action pre, Action after, Set<Object> added, Set<Object> removed,
            List<Delivery> post) {
        Delivery now = dispatcher.prepareRelation(change.entity(), change.attribute(), pre, added, removed,
                change.reverse());
        if (now != null) {
            now.run();
        }
        Delivery later = dispatcher.prepareRelation(change.entity(), change.attribute(), after, added, removed,
                change.reverse());
        if (later != null) {
            post.add(later);
        }
    }

    /** Each element sees the owner linked or unlinked on its inverse attribute; a clear is a removal there. */
    private void reverse(Set<Object> elements, String inverseAttribute, Object owner, boolean linked) {
        for (Object element : elements) {
            if (dispatcher.hasRelationReceivers(element.getClass())) {
                Change change = reverse.computeIfAbsent(new Side(element, inverseAttribute),
                        side -> new Change(element, inverseAttribute, true, false, new LinkedHashSet<>(),
                                new LinkedHashSet<>()));
                (linked ? change.added() : change.removed()).add(owner);
            }
        }
    }

    /** What one flush links and unlinks on one side of a relation. */
    private record Change(Object entity, String attribute, boolean reverse, boolean emptied, Set<Object> added,
            Set<Object> removed) {
    }

    /** An entity, by identity, and one of its attributes. */
    private record Side(Object entity, String attribute) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Side side && side.entity == entity && side.attribute.equals(attribute);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(entity) + attribute.hashCode();
        }
    }
}

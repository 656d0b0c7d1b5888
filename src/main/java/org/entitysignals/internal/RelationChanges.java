package org.entitysignals.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entitysignals.RelationEvent.Action;

/**
 * Turns the net change of one relation in one flush into relation signals, the same way on every provider: the
 * {@code PRE_} actions are delivered at once (the provider calls this before writing the rows), the {@code POST_}
 * ones are returned for the provider to queue until its flush is over.
 */
public final class RelationChanges {

    private RelationChanges() {
    }

    /** The elements of {@code after} not in {@code before}, in {@code after}'s order. */
    public static Set<Object> missingFrom(Collection<?> before, Collection<?> after) {
        Set<Object> missing = new LinkedHashSet<>(after);
        missing.removeAll(before instanceof Set<?> ? before : new LinkedHashSet<>(before));
        return missing;
    }

    /**
     * Delivers the {@code PRE_} signals of a relation's net change and returns its {@code POST_} ones.
     *
     * @param owner            the entity owning the relation
     * @param attribute        the relation's attribute name
     * @param added            the elements linked by this flush
     * @param removed          the elements unlinked by this flush
     * @param emptied          whether the relation is empty once written: a removal is then a clear
     * @param inverseAttribute the attribute of the inverse side of a bidirectional relation, or {@code null}
     * @return the post-phase deliveries, in order; empty when nobody receives them
     */
    public static List<Delivery> signal(SignalDispatcher dispatcher, Object owner, String attribute,
            Set<Object> added, Set<Object> removed, boolean emptied, String inverseAttribute) {
        List<Delivery> post = new ArrayList<>();
        if (!removed.isEmpty()) {
            Action pre = emptied ? Action.PRE_CLEAR : Action.PRE_REMOVE;
            Action after = emptied ? Action.POST_CLEAR : Action.POST_REMOVE;
            Set<Object> unlinked = Collections.unmodifiableSet(removed);
            run(dispatcher.prepareRelation(owner, attribute, pre, Set.of(), unlinked, false));
            add(post, dispatcher.prepareRelation(owner, attribute, after, Set.of(), unlinked, false));
            reverse(dispatcher, owner, removed, inverseAttribute, false, post);
        }
        if (!added.isEmpty()) {
            Set<Object> linked = Collections.unmodifiableSet(added);
            run(dispatcher.prepareRelation(owner, attribute, Action.PRE_ADD, linked, Set.of(), false));
            add(post, dispatcher.prepareRelation(owner, attribute, Action.POST_ADD, linked, Set.of(), false));
            reverse(dispatcher, owner, added, inverseAttribute, true, post);
        }
        return post;
    }

    /** Each element sees the owner linked or unlinked on its inverse attribute; a clear is a removal there. */
    private static void reverse(SignalDispatcher dispatcher, Object owner, Set<Object> elements,
            String inverseAttribute, boolean linked, List<Delivery> post) {
        if (inverseAttribute == null) {
            return;
        }
        Set<Object> ownerOnly = Set.of(owner);
        Set<Object> added = linked ? ownerOnly : Set.of();
        Set<Object> removed = linked ? Set.of() : ownerOnly;
        for (Object element : elements) {
            if (dispatcher.hasRelationReceivers(element.getClass())) {
                run(dispatcher.prepareRelation(element, inverseAttribute, linked ? Action.PRE_ADD : Action.PRE_REMOVE,
                        added, removed, true));
                add(post, dispatcher.prepareRelation(element, inverseAttribute,
                        linked ? Action.POST_ADD : Action.POST_REMOVE, added, removed, true));
            }
        }
    }

    private static void run(Delivery delivery) {
        if (delivery != null) {
            delivery.run();
        }
    }

    private static void add(List<Delivery> post, Delivery delivery) {
        if (delivery != null) {
            post.add(delivery);
        }
    }
}

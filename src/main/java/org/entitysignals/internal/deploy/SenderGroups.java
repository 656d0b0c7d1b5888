package org.entitysignals.internal.deploy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.entitysignals.RelationEvent;
import org.entitysignals.internal.SenderGroup;

/**
 * Numbers the distinct filters of one deployment: receivers with equal sender lists (and, for relations, equal
 * attribute and actions) share a {@link SenderGroup}.
 */
final class SenderGroups {

    private final Map<List<Object>, Integer> groups = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int of(Class<?>[] senders, String attribute, Set<RelationEvent.Action> actions) {
        return groups.computeIfAbsent(List.of(Arrays.asList(senders), attribute, EnumSet.copyOf(actions)),
                key -> next.getAndIncrement());
    }

    /** A group of its own, for a receiver the library notifies alone. */
    int alone() {
        return next.getAndIncrement();
    }
}

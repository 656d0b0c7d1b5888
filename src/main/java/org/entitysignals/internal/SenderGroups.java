package org.entitysignals.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Numbers the distinct sender lists of one deployment: receivers with equal lists share a {@link SenderGroup}. */
final class SenderGroups {

    private final Map<List<Class<?>>, Integer> groups = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int of(Class<?>[] senders) {
        return groups.computeIfAbsent(Arrays.asList(senders), key -> next.getAndIncrement());
    }
}

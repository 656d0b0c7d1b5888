package org.entitysignals.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers the distinct sender lists of one deployment: receivers with equal lists share a {@link SenderGroup}. */
final class SenderGroups {

    private final Map<List<Class<?>>, Integer> groups = new ConcurrentHashMap<>();

    int of(Class<?>[] senders) {
        return groups.computeIfAbsent(Arrays.asList(senders), key -> groups.size());
    }
}

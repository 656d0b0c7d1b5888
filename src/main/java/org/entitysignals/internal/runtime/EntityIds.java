package org.entitysignals.internal.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Reads an entity's id for failure reports, through whichever persistence unit maps its class. Providers register
 * their units as they start (a Hibernate session factory, an EclipseLink session); units are held weakly.
 */
final class EntityIds {

    private static final Map<Object, UnitSignals.IdReader> SOURCES = Collections.synchronizedMap(new WeakHashMap<>());

    private EntityIds() {
    }

    /**
     * Registers a persistence unit.
     *
     * @param reader reads ids through the source it is given: it must not capture the source itself
     */
    static void register(Object source, UnitSignals.IdReader reader) {
        SOURCES.put(source, reader);
    }

    static void unregister(Object source) {
        SOURCES.remove(source);
    }

    /** The entity's id as text, or {@code "unknown"} when no registered unit can read it. */
    static String of(Object entity) {
        List<Map.Entry<Object, UnitSignals.IdReader>> sources;
        synchronized (SOURCES) {
            sources = new ArrayList<>(SOURCES.entrySet());
        }
        for (Map.Entry<Object, UnitSignals.IdReader> source : sources) {
            try {
                Object id = source.getValue().idOf(source.getKey(), entity);
                if (id != null) {
                    return id.toString();
                }
            } catch (RuntimeException unreadable) {
                // another unit's entity, or a unit closing: try the next
            }
        }
        return "unknown";
    }
}

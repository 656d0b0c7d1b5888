package org.entitysignals.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The muting scopes open on the current thread. Each scope mutes every entity (no classes) or instances of the
 * given classes. Only JDK types are kept in the thread-local, and it is removed with the last scope, so nothing of
 * the application stays reachable from pooled threads.
 */
public final class MutedEntities {

    private static final ThreadLocal<List<Class<?>[]>> SCOPES = new ThreadLocal<>();
    private static final Class<?>[] EVERYTHING = new Class<?>[0];
    /** Open scopes on all threads: while there are none, a signal need not look at its thread's scopes. */
    private static final AtomicInteger OPEN = new AtomicInteger();

    private MutedEntities() {
    }

    /** Opens a scope; {@code classes} empty mutes every entity. */
    public static void open(Class<?>... classes) {
        List<Class<?>[]> scopes = SCOPES.get();
        if (scopes == null) {
            scopes = new ArrayList<>();
            SCOPES.set(scopes);
        }
        scopes.add(classes.length == 0 ? EVERYTHING : classes.clone());
        OPEN.incrementAndGet();
    }

    /** Closes the innermost scope. */
    public static void close() {
        List<Class<?>[]> scopes = SCOPES.get();
        if (scopes == null || scopes.isEmpty()) {
            return;
        }
        scopes.remove(scopes.size() - 1);
        OPEN.decrementAndGet();
        if (scopes.isEmpty()) {
            SCOPES.remove();
        }
    }

    static boolean isMuted(Class<?> entityClass) {
        if (OPEN.get() == 0) {
            return false;
        }
        List<Class<?>[]> scopes = SCOPES.get();
        if (scopes == null) {
            return false;
        }
        for (Class<?>[] scope : scopes) {
            if (scope.length == 0) {
                return true;
            }
            for (Class<?> muted : scope) {
                if (muted.isAssignableFrom(entityClass)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.entitysignals.bench;

/** The trivial work every listener and receiver does, the same in each variant: count the entity. */
public final class Work {

    private static long done;

    private Work() {
    }

    public static void done(Object entity) {
        if (entity != null) {
            done++;
        }
    }

    public static long count() {
        return done;
    }
}

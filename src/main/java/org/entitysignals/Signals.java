package org.entitysignals;

import java.util.concurrent.Callable;

/**
 * Mutes signals on the current thread for the length of a block: for fixtures, imports and tests, like factory_boy's
 * {@code mute_signals} or Laravel's {@code saveQuietly}.
 *
 * <pre>
 * Signals.muted(() -&gt; importer.importAll(rows));                  // no signal at all
 * Signals.muted(() -&gt; em.persist(author), Author.class);           // authors (and subclasses) only
 *
 * try (Signals.Muting muting = Signals.mute(Author.class)) {       // the same as a try-with-resources block
 *     em.persist(author);
 *     em.flush();
 * }
 * </pre>
 *
 * <p>A muted signal is not delivered at all, now or later: not inline, not after the flush, not to transactional
 * or asynchronous receivers. Muting covers the signals raised on this thread while the block runs: put the flush or
 * commit that writes the rows inside the block, since post-phase signals are raised when rows are written. Other
 * threads are not affected, and scopes nest.
 *
 * @since 0.1.0
 */
public final class Signals {

    private Signals() {
    }

    /**
     * Runs the work with signals muted on this thread.
     *
     * @param work     what to run
     * @param entities the entity classes (and their subclasses) to mute; none mutes every entity
     */
    public static void muted(Runnable work, Class<?>... entities) {
        try (Muting muting = mute(entities)) {
            work.run();
        }
    }

    /**
     * Calls the work with signals muted on this thread and returns its result.
     *
     * @param work     what to call
     * @param entities the entity classes (and their subclasses) to mute; none mutes every entity
     * @param <T>      the result type
     * @return what the work returned
     * @throws Exception what the work threw
     */
    public static <T> T muted(Callable<T> work, Class<?>... entities) throws Exception {
        try (Muting muting = mute(entities)) {
            return work.call();
        }
    }

    /**
     * Mutes signals on this thread until the returned scope is closed; use it in try-with-resources.
     *
     * @param entities the entity classes (and their subclasses) to mute; none mutes every entity
     * @return the scope to close
     */
    public static Muting mute(Class<?>... entities) {
        org.entitysignals.internal.runtime.MutedEntities.open(entities);
        return new Muting();
    }

    /**
     * An open muting scope. Close it on the thread that opened it.
     *
     * @since 0.1.0
     */
    public static final class Muting implements AutoCloseable {

        private boolean closed;

        private Muting() {
        }

        /** Ends the scope; closing it again does nothing. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                org.entitysignals.internal.runtime.MutedEntities.close();
            }
        }
    }
}

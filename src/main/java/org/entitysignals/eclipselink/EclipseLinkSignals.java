package org.entitysignals.eclipselink;

import org.entitysignals.internal.eclipselink.EclipseLinkSessionHook;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Attaches Entity Signals to an EclipseLink persistence unit: every entity's lifecycle callbacks become signals,
 * {@code @PostSave} and {@code @PostDelete} are delivered once the flush that wrote the rows is over (whatever the
 * receivers persist, change or remove is written in the same transaction), and saves can tell what changed.
 *
 * <p>Register it in each EclipseLink persistence unit, with one line (no mapping file is needed):
 *
 * <pre>
 * &lt;property name="eclipselink.session-event-listener"
 *           value="org.entitysignals.eclipselink.EclipseLinkSignals"/&gt;
 * </pre>
 *
 * <p>Without it, EclipseLink would run post-phase receivers inside its commit, where an entity persisted by a
 * receiver is silently not written; the library says so at the unit's first signal ({@code ESIG108}).
 *
 * <p>It also tells save signals what changed ({@link org.entitysignals.SaveEvent#changedAttributes()}), from the
 * change set EclipseLink computes for each flush, and raises {@link org.entitysignals.RelationChanged} signals from
 * it. A commit first flushes (as {@code em.flush()} would) when some receiver observes a post phase, so that
 * receivers' writes are part of it.
 *
 * @since 0.1.0
 */
public final class EclipseLinkSignals extends SessionEventAdapter {

    private final EclipseLinkSessionHook hook = new EclipseLinkSessionHook();

    /** Created by EclipseLink, once per persistence unit. */
    public EclipseLinkSignals() {
    }

    /**
     * Called by EclipseLink before the unit's session logs in: attaches the lifecycle callbacks to every entity
     * (the unit needs no mapping file; if it lists one, its listener is taken off, so each callback is signalled
     * once) and says how the unit is hooked.
     *
     * @param event the login event
     */
    @Override
    public void preLogin(SessionEvent event) {
        hook.preLogin(event);
    }

    /**
     * Called by EclipseLink when a session logged in: from now on saves of its entities can tell what changed.
     *
     * @param event the login event
     */
    @Override
    public void postLogin(SessionEvent event) {
        hook.postLogin(event);
    }

    /**
     * Called by EclipseLink when a session logs out.
     *
     * @param event the logout event
     */
    @Override
    public void preLogout(SessionEvent event) {
        hook.preLogout(event);
    }

    /**
     * Called by EclipseLink when a unit of work is acquired.
     *
     * @param event the unit-of-work event
     */
    @Override
    public void postAcquireUnitOfWork(SessionEvent event) {
        hook.postAcquireUnitOfWork(event);
    }

    /**
     * Called by EclipseLink after a query ran: a refresh is signalled as a load.
     *
     * @param event the query event
     */
    @Override
    public void postExecuteQuery(SessionEvent event) {
        hook.postExecuteQuery(event);
    }

    /**
     * Called by EclipseLink when a unit of work starts to flush.
     *
     * @param event the unit-of-work event
     */
    @Override
    public void preFlushUnitOfWork(SessionEvent event) {
        hook.preFlushUnitOfWork(event);
    }

    /**
     * Called by EclipseLink once it computed what a flush or commit writes, before writing anything.
     *
     * @param event the unit-of-work event, with the change set
     */
    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        hook.postCalculateUnitOfWorkChangeSet(event);
    }

    /**
     * Called by EclipseLink when a flush has written its rows, before the unit of work resumes.
     *
     * @param event the unit-of-work event
     */
    @Override
    public void postFlushUnitOfWork(SessionEvent event) {
        hook.postFlushUnitOfWork(event);
    }

    /**
     * Called by EclipseLink when a unit of work starts to commit.
     *
     * @param event the unit-of-work event
     */
    @Override
    public void preCommitUnitOfWork(SessionEvent event) {
        hook.preCommitUnitOfWork(event);
    }

    /**
     * Called by EclipseLink after a unit of work committed.
     *
     * @param event the unit-of-work event
     */
    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        hook.postCommitUnitOfWork(event);
    }

    /**
     * Called by EclipseLink when a unit of work is released: after a commit, a rollback or a failed commit, or when
     * its EntityManager closes outside a transaction.
     *
     * @param event the unit-of-work event
     */
    @Override
    public void postReleaseUnitOfWork(SessionEvent event) {
        hook.postReleaseUnitOfWork(event);
    }
}

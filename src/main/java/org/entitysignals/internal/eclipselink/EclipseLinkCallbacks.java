package org.entitysignals.internal.eclipselink;

import org.entitysignals.internal.Callback;
import org.entitysignals.internal.Names;
import org.entitysignals.internal.runtime.UnitSignals;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.descriptors.DescriptorEventListener;
import org.eclipse.persistence.descriptors.DescriptorEventManager;
import org.eclipse.persistence.internal.jpa.metadata.listeners.EntityListener;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.ReadObjectQuery;
import org.eclipse.persistence.sessions.SessionEvent;

/**
 * The lifecycle callbacks of every entity of an EclipseLink unit, attached by the session listener when the unit
 * logs in: the descriptor events EclipseLink's JPA layer turns into {@code @PrePersist}, {@code @PostPersist},
 * {@code @PreUpdate}, {@code @PostUpdate}, {@code @PreRemove}, {@code @PostRemove} and {@code @PostLoad}, so that
 * the unit needs no mapping file. A mapping-file listener the unit also lists is taken off, so each callback is
 * signalled once.
 *
 * <p>{@code @PostLoad} is signalled for the instance the application gets, once: EclipseLink's JPA listener
 * maps it to three descriptor events, and a row read into an empty shared cache raises one for the shared
 * instance ({@code postRefresh} or {@code postBuild}, in the server session) and another for the unit of work's
 * clone ({@code postClone}); a row built directly into the unit of work raises {@code postBuild} and then
 * {@code postClone} (EclipseLink bug 259404). So a load is the {@code postClone} of a unit of work. A refresh of a
 * managed entity raises {@code postRefresh} for the shared instance (then copies it into the clone without an
 * event) or, once the unit of work writes to the database, for the clone: neither tells the clone reliably, so a
 * refresh is taken from the unit of work's refreshing query instead ({@link #refreshed}).
 */
final class EclipseLinkCallbacks extends DescriptorEventAdapter {

    private final UnitSignals signals;

    private EclipseLinkCallbacks(UnitSignals signals) {
        this.signals = signals;
    }

    /**
     * Attaches the callbacks to every entity descriptor of a session about to log in (its descriptors are not
     * initialized yet), as a default listener: where the mapping file would put the JPA listener, which goes, as
     * does the JPA listener an entity names in {@code @EntityListeners}. EclipseLink skips default listeners for
     * entities with {@code @ExcludeDefaultListeners}, ours too: there a JPA listener the entity names stays.
     */
    static void attach(AbstractSession session, UnitSignals signals) {
        EclipseLinkCallbacks callbacks = new EclipseLinkCallbacks(signals);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isDescriptorForInterface()) {
                continue;
            }
            DescriptorEventManager events = descriptor.getEventManager();
            events.getDefaultEventListeners().removeIf(EclipseLinkCallbacks::isMappingFileListener);
            events.addDefaultEventListener(callbacks);
            if (!events.excludeDefaultListeners()) {
                // @EntityListeners(EntitySignalsListener.class) as well: it would signal the entity a second time
                events.getEntityListenerEventListeners().removeIf(EclipseLinkCallbacks::isMappingFileListener);
            }
        }
    }

    private static boolean isMappingFileListener(DescriptorEventListener listener) {
        return listener instanceof EntityListener<?> jpa
                && jpa.getListenerClass().getName().equals(Names.MAPPING_FILE_LISTENER);
    }

    @Override
    public void prePersist(DescriptorEvent event) {
        signal(Callback.PRE_PERSIST, event.getSource());
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        signal(Callback.POST_PERSIST, event.getSource());
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        signal(Callback.PRE_UPDATE, event.getSource());
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        signal(Callback.POST_UPDATE, event.getSource());
    }

    @Override
    public void preRemove(DescriptorEvent event) {
        signal(Callback.PRE_REMOVE, event.getSource());
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        signal(Callback.POST_REMOVE, event.getSource());
    }

    @Override
    public void postClone(DescriptorEvent event) {
        if (event.getSession() != null && event.getSession().isUnitOfWork()) {
            signal(Callback.POST_LOAD, event.getSource());
        }
    }

    /**
     * A query of a unit of work ran: when it refreshed a managed entity ({@code EntityManager.refresh}: a refreshing
     * read of that very instance), the entity was loaded again. Entities a refresh cascades to, and those a query
     * with the refresh hint finds already managed, raise no event that tells the clone, and are not signalled.
     */
    static void refreshed(UnitSignals signals, SessionEvent event) {
        if (event.getSession().isUnitOfWork() && event.getQuery() instanceof ReadObjectQuery query
                && query.shouldRefreshIdentityMapResult() && query.getSelectionObject() != null
                && query.getSelectionObject() == event.getResult()) {
            signals.callback(Callback.POST_LOAD, event.getResult(), EclipseLinkTracking.INSTANCE);
        }
    }

    /** A callback of an entity of this unit, whose saves this unit's change tracking can tell. */
    private void signal(Callback callback, Object entity) {
        signals.callback(callback, entity, EclipseLinkTracking.INSTANCE);
    }
}

package org.entitysignals;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import org.entitysignals.internal.Callback;
import org.entitysignals.internal.ChangeSource;
import org.entitysignals.internal.ChangeTracking;
import org.entitysignals.internal.Delivery;
import org.entitysignals.internal.DeliveryGuard;
import org.entitysignals.internal.DispatcherConnection;
import org.entitysignals.internal.PendingSignals;
import org.entitysignals.internal.Phase;
import org.entitysignals.internal.SignalDispatcher;

/**
 * The JPA entity listener that turns lifecycle callbacks into signals. Attach it to every entity of a persistence
 * unit with one line in {@code persistence.xml}, which works on every provider:
 *
 * <pre>
 * &lt;persistence-unit name="school"&gt;
 *     &lt;mapping-file&gt;META-INF/entity-signals-orm.xml&lt;/mapping-file&gt;
 *     ...
 * </pre>
 *
 * <p>On Hibernate the line is optional: the library's Hibernate integrator attaches the same callbacks by itself.
 * When both are present each callback is still delivered once. Attach the listener once per entity: through the
 * mapping file, or with {@code @EntityListeners(EntitySignalsListener.class)} on entities that should signal, not
 * both.
 *
 * <p>Without a running CDI container the listener drops signals with one warning and never throws into JPA code.
 * Applications do not call these methods.
 *
 * @since 0.1.0
 */
public class EntitySignalsListener {

    @Inject
    BeanManager beanManager;

    private final DispatcherConnection connection = DispatcherConnection.sharedWarning(() -> beanManager);

    /** @param entity the entity about to be inserted */
    @PrePersist
    public void prePersist(Object entity) {
        signal(Callback.PRE_PERSIST, entity);
    }

    /** @param entity the entity just inserted */
    @PostPersist
    public void postPersist(Object entity) {
        signal(Callback.POST_PERSIST, entity);
    }

    /** @param entity the entity about to be updated */
    @PreUpdate
    public void preUpdate(Object entity) {
        signal(Callback.PRE_UPDATE, entity);
    }

    /** @param entity the entity just updated */
    @PostUpdate
    public void postUpdate(Object entity) {
        signal(Callback.POST_UPDATE, entity);
    }

    /** @param entity the entity about to be removed */
    @PreRemove
    public void preRemove(Object entity) {
        signal(Callback.PRE_REMOVE, entity);
    }

    /** @param entity the entity just removed */
    @PostRemove
    public void postRemove(Object entity) {
        signal(Callback.POST_REMOVE, entity);
    }

    /** @param entity the entity just loaded */
    @PostLoad
    public void postLoad(Object entity) {
        signal(Callback.POST_LOAD, entity);
    }

    private void signal(Callback callback, Object entity) {
        if (DeliveryGuard.isSuppressed()) {
            return;
        }
        SignalDispatcher dispatcher = connection.get(entity.getClass());
        Delivery delivery = dispatcher == null ? null : dispatcher.prepare(callback, entity);
        if (delivery == null) {
            return;
        }
        if (callback.phase() == Phase.PRE_SAVE || callback.phase() == Phase.POST_SAVE) {
            ChangeSource changes = ChangeTracking.find(callback, entity);
            if (changes == ChangeSource.RELATIONS_ONLY) {
                return;
            }
            if (changes != null) {
                delivery.changes(changes);
            }
        }
        if (!callback.phase().afterFlush() || !PendingSignals.enqueueForCurrentOwner(delivery)) {
            delivery.run();
        }
    }
}

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
import org.entitysignals.internal.runtime.UnitSignals;

/**
 * The JPA entity listener that turns lifecycle callbacks into signals, for providers the library has no hook for.
 * Attach it to every entity of a persistence unit with one line in {@code persistence.xml}:
 *
 * <pre>
 * &lt;persistence-unit name="school"&gt;
 *     &lt;mapping-file&gt;META-INF/entity-signals-orm.xml&lt;/mapping-file&gt;
 *     ...
 * </pre>
 *
 * <p>Hibernate and EclipseLink need no mapping file: the library's Hibernate integrator attaches itself, and on
 * EclipseLink the session listener ({@link org.entitysignals.eclipselink.EclipseLinkSignals}) attaches the
 * callbacks. Units of theirs that also list the mapping file still signal each callback once. Through this listener
 * alone, signals come without what changed, relation events, or writes from post-phase receivers, and the library
 * warns once ({@code ESIG108}). Attach the listener once per entity: through the mapping file, or with
 * {@code @EntityListeners(EntitySignalsListener.class)} on entities that should signal, not both.
 *
 * <p>Without a running CDI container the listener drops signals with one warning and never throws into JPA code.
 * Applications do not call these methods.
 *
 * @since 0.1.0
 */
public class EntitySignalsListener {

    @Inject
    BeanManager beanManager;

    private final UnitSignals signals = UnitSignals.ofListener(() -> beanManager);

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

    /** Whether this instance was called before: where it is called at all, the provider's own hook is missing. */
    private volatile boolean called;

    private void signal(Callback callback, Object entity) {
        if (UnitSignals.listenerSilenced()) {
            return;
        }
        if (!called) {
            called = true;
            signals.firstListenerCallback(entity.getClass());
        }
        signals.callback(callback, entity);
    }
}

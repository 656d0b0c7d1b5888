package org.entitysignals.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entitysignals.internal.eclipselink.EclipseLinkUnits;

/**
 * Finds the units whose entities reach the library through the mapping-file listener alone. On Hibernate the
 * integrator silences that listener; on EclipseLink the session listener takes it off. So a listener that is called
 * at all serves a unit without its provider's hook: an EclipseLink unit without the session listener (named, and
 * said once per unit), a Hibernate unit whose integrator is off (already said when the unit started), or another
 * provider (said once).
 */
public final class MappingFileRoute {

    /** Entity classes of Hibernate units with the integrator off: said already. Weak: they go with their unit. */
    private static final Set<Class<?>> INTEGRATOR_OFF = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));
    private static final AtomicBoolean OTHER_PROVIDER_SAID = new AtomicBoolean();

    private MappingFileRoute() {
    }

    /** A Hibernate unit starts with the integrator off: its mapping-file listener is expected. */
    public static void integratorOff(Collection<Class<?>> entityClasses) {
        INTEGRATOR_OFF.addAll(entityClasses);
    }

    /** The first callback one mapping-file listener instance receives. */
    public static void firstCallback(DispatcherConnection connection, Class<?> entityClass) {
        if (reportedByEclipseLink(connection, entityClass) || INTEGRATOR_OFF.contains(entityClass)) {
            return;
        }
        if (OTHER_PROVIDER_SAID.compareAndSet(false, true)) {
            UnitHooks.mappingFileAlone(connection, null, entityClass);
        }
    }

    private static boolean reportedByEclipseLink(DispatcherConnection connection, Class<?> entityClass) {
        try {
            return EclipseLinkUnits.reportMappingFileAlone(connection, entityClass);
        } catch (LinkageError noEclipseLink) {
            return false;
        }
    }
}

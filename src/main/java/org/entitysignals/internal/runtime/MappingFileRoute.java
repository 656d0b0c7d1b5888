package org.entitysignals.internal.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds the units whose entities reach the library through the mapping-file listener alone. On Hibernate the
 * integrator silences that listener; on EclipseLink the session listener takes it off. So a listener that is called
 * at all serves a unit without its provider's hook: an EclipseLink unit without the session listener (named, and
 * said once per unit), a Hibernate unit whose integrator is off (already said when the unit started), or another
 * provider (said once).
 */
final class MappingFileRoute {

    /** Entity classes of Hibernate units with the integrator off: said already. Weak: they go with their unit. */
    private static final Set<Class<?>> INTEGRATOR_OFF = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));
    private static final AtomicBoolean OTHER_PROVIDER_SAID = new AtomicBoolean();

    private MappingFileRoute() {
    }

    /** A Hibernate unit starts with the integrator off: its mapping-file listener is expected. */
    static void integratorOff(Collection<Class<?>> entityClasses) {
        INTEGRATOR_OFF.addAll(entityClasses);
    }

    /** The first callback one mapping-file listener instance receives. */
    static void firstCallback(UnitSignals listener, Class<?> entityClass) {
        if (reportedByProvider(listener, entityClass) || INTEGRATOR_OFF.contains(entityClass)) {
            return;
        }
        if (OTHER_PROVIDER_SAID.compareAndSet(false, true)) {
            listener.mappingFileAlone(null, entityClass);
        }
    }

    private static boolean reportedByProvider(UnitSignals listener, Class<?> entityClass) {
        for (ProviderUnits provider : ProviderUnits.present()) {
            if (provider.reportMappingFileAlone(listener, entityClass)) {
                return true;
            }
        }
        return false;
    }
}

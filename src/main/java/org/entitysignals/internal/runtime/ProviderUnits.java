package org.entitysignals.internal.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The persistence units a provider knows of, so that units no hook of the library serves are said too: in such a
 * unit no code of the library runs, so only the provider's own registry of units can tell them. Implementations are
 * named here, not imported, and loaded only where their provider is present.
 */
public interface ProviderUnits {

    /** Says, once per unit, each unit of this application that has no hook at all. */
    void reportUnhooked(UnitSignals reporter);

    /**
     * Says, once per unit, that the unit mapping the class signals through the mapping-file listener alone.
     *
     * @return whether a unit of this provider maps the class
     */
    boolean reportMappingFileAlone(UnitSignals reporter, Class<?> entityClass);

    /** The providers present. */
    static List<ProviderUnits> present() {
        return Known.PRESENT;
    }

    /** Holder of the implementations found. */
    final class Known {
        private static final List<ProviderUnits> PRESENT =
                load("org.entitysignals.internal.eclipselink.EclipseLinkUnits");

        private Known() {
        }

        private static List<ProviderUnits> load(String... names) {
            List<ProviderUnits> present = new ArrayList<>();
            for (String name : names) {
                try {
                    present.add((ProviderUnits) Class.forName(name, true, ProviderUnits.class.getClassLoader())
                            .getConstructor().newInstance());
                } catch (ReflectiveOperationException | LinkageError absent) {
                    // its provider is not on the class path: no unit of it to judge
                }
            }
            return List.copyOf(present);
        }
    }
}

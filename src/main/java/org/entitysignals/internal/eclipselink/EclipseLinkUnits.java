package org.entitysignals.internal.eclipselink;

import jakarta.persistence.spi.PersistenceUnitInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.entitysignals.internal.Names;
import org.entitysignals.internal.runtime.ProviderUnits;
import org.entitysignals.internal.runtime.UnitSignals;
import org.eclipse.persistence.internal.jpa.EntityManagerFactoryProvider;
import org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl;
import org.eclipse.persistence.internal.sessions.AbstractSession;

/**
 * The EclipseLink persistence units of this application, as EclipseLink registers them
 * ({@code EntityManagerFactoryProvider.emSetupImpls}, one entry per unit from the time its factory is created): to
 * name a unit in reports, and to find units with no hook at all, in which no code of the library ever runs.
 */
public final class EclipseLinkUnits implements ProviderUnits {

    static final String MAPPING_FILE = "META-INF/entity-signals-orm.xml";

    /** Units already judged: each is reported once. Weak: a closed unit goes. */
    private static final Set<EntityManagerSetupImpl> JUDGED = Collections.newSetFromMap(new WeakHashMap<>());

    /** Sessions said to signal through the mapping-file listener alone. */
    private static final Set<AbstractSession> LISTENER_ALONE = Collections.newSetFromMap(new WeakHashMap<>());

    /** Loaded by name where EclipseLink may be absent: fails with a {@link LinkageError} there. */
    public EclipseLinkUnits() {
        Objects.requireNonNull(EntityManagerFactoryProvider.emSetupImpls);
    }

    /** The persistence-unit name of a session, or the session's name if EclipseLink does not know it. */
    static String nameOf(AbstractSession session) {
        for (EntityManagerSetupImpl setup : setups()) {
            if (setup.getSession() == session && setup.getPersistenceUnitInfo() != null) {
                return setup.getPersistenceUnitInfo().getPersistenceUnitName();
            }
        }
        return session.getName();
    }

    /**
     * Says, once per unit, that the unit whose session maps the entity class signals through the mapping-file
     * listener alone.
     *
     * @return whether an EclipseLink unit of this application maps the class
     */
    @Override
    public boolean reportMappingFileAlone(UnitSignals reporter, Class<?> entityClass) {
        for (EntityManagerSetupImpl setup : setups()) {
            AbstractSession session = setup.getSession();
            if (session != null && session.getDescriptors().containsKey(entityClass)) {
                boolean first;
                synchronized (LISTENER_ALONE) {
                    first = LISTENER_ALONE.add(session);
                }
                if (first) {
                    reporter.mappingFileAlone(setup.getPersistenceUnitInfo().getPersistenceUnitName(), entityClass);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Reports every unit of this application that lists neither the session listener nor the mapping file. A unit
     * already logged in is judged by the listeners its session has; one only created, by its persistence.xml.
     */
    @Override
    public void reportUnhooked(UnitSignals reporter) {
        for (EntityManagerSetupImpl setup : setups()) {
            PersistenceUnitInfo unit = setup.getPersistenceUnitInfo();
            boolean first;
            synchronized (JUDGED) {
                first = unit != null && JUDGED.add(setup);
            }
            if (first && !hooked(setup, unit)) {
                reporter.unhooked(unit.getPersistenceUnitName());
            }
        }
    }

    private static boolean hooked(EntityManagerSetupImpl setup, PersistenceUnitInfo unit) {
        if (unit.getMappingFileNames().contains(MAPPING_FILE)) {
            return true;
        }
        AbstractSession session = setup.getSession();
        if (session != null && session.getEventManager().getListeners().stream()
                .anyMatch(listener -> listener.getClass().getName().equals(Names.SESSION_LISTENER))) {
            return true;
        }
        Object listener = unit.getProperties().get("eclipselink.session-event-listener");
        return listener != null && listener.toString().contains(Names.SESSION_LISTENER);
    }

    /** The units whose classes see this copy of the library: those of this application. */
    private static List<EntityManagerSetupImpl> setups() {
        List<EntityManagerSetupImpl> mine = new ArrayList<>();
        Map<String, EntityManagerSetupImpl> all = EntityManagerFactoryProvider.emSetupImpls;
        List<EntityManagerSetupImpl> known;
        synchronized (all) {
            known = new ArrayList<>(all.values());
        }
        for (EntityManagerSetupImpl setup : known) {
            PersistenceUnitInfo unit = setup.getPersistenceUnitInfo();
            if (unit != null && seesThisLibrary(unit.getClassLoader())) {
                mine.add(setup);
            }
        }
        return mine;
    }

    private static boolean seesThisLibrary(ClassLoader loader) {
        try {
            return loader != null && Class.forName(UnitSignals.class.getName(), false, loader)
                    == UnitSignals.class;
        } catch (ClassNotFoundException | LinkageError other) {
            return false;
        }
    }
}

package org.entitysignals.internal.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entitysignals.internal.Messages;

/**
 * Says how each persistence unit is attached to the library, once per unit, as soon as both the unit and its CDI
 * container run: which hook serves it (INFO), and, where receivers exist, what a missing hook costs and the line
 * that adds it (WARNING). Provider hooks report their units as they start; a unit with only the mapping-file
 * listener is found at its first callback. Reports wait for the container when the unit starts first (WildFly
 * builds its units before CDI starts).
 */
final class UnitHooks {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");
    private static final List<Report> PENDING = new CopyOnWriteArrayList<>();

    private UnitHooks() {
    }

    /** A report about one unit, due once its container runs. */
    private record Report(DispatcherConnection connection, System.Logger.Level level, String message,
            boolean onlyWithReceivers) {
    }

    /** The unit is served by a provider hook: every signal, what changed, relations, post-phase writes. */
    static void hooked(DispatcherConnection connection, String unit, String provider, String hook) {
        report(new Report(connection, System.Logger.Level.INFO, Messages.unitHooked(unit, provider, hook), false));
    }

    /** A Hibernate unit whose integrator the application switched off. */
    static void integratorOff(DispatcherConnection connection, String unit) {
        report(new Report(connection, System.Logger.Level.WARNING, Messages.integratorOff(unit), true));
    }

    /** Entities signalled through the mapping-file listener alone, without their provider's hook. */
    static void mappingFileAlone(DispatcherConnection connection, String unit, Class<?> entityClass) {
        report(new Report(connection, System.Logger.Level.WARNING, Messages.mappingFileAlone(unit, entityClass),
                true));
    }

    /** An EclipseLink unit of this application with neither the session listener nor the mapping file. */
    static void unhooked(DispatcherConnection connection, String unit) {
        report(new Report(connection, System.Logger.Level.WARNING, Messages.unitUnhooked(unit), true));
    }

    /** The unit closed: what it still had to say goes with it. */
    static void closed(DispatcherConnection connection) {
        PENDING.removeIf(pending -> pending.connection() == connection);
    }

    /**
     * A container started: reports that waited for it are due, and EclipseLink units created before it (a server
     * creates them before CDI starts) that have no hook, in which no code of the library would ever run, are said.
     */
    static void containerStarted(DispatcherConnection started) {
        for (Report pending : PENDING) {
            if (tryReport(pending)) {
                PENDING.remove(pending);
            }
        }
        UnitSignals reporter = new UnitSignals(started);
        for (ProviderUnits provider : ProviderUnits.present()) {
            provider.reportUnhooked(reporter);
        }
    }

    private static void report(Report report) {
        if (!tryReport(report)) {
            PENDING.add(report);
        }
    }

    private static boolean tryReport(Report report) {
        SignalDispatcher dispatcher = report.connection().current();
        if (dispatcher == null) {
            return false;
        }
        if (!report.onlyWithReceivers()) {
            LOG.log(report.level(), report.message());
        } else if (dispatcher.hasReceivers()) {
            List<String> unserved = dispatcher.relationReceivers();
            LOG.log(report.level(), unserved.isEmpty() ? report.message()
                    : report.message() + Messages.relationReceiversUnserved(unserved));
        }
        return true;
    }
}

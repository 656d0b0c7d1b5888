package org.entitysignals.internal.eclipselink;

import org.entitysignals.eclipselink.EclipseLinkSignals;
import org.entitysignals.internal.DispatcherConnection;
import org.entitysignals.internal.UnitHooks;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.SessionEvent;

/** What the session listener does as its unit logs in: attach the callbacks, and say how units are hooked. */
public final class EclipseLinkHookup {

    private EclipseLinkHookup() {
    }

    public static void loggingIn(AbstractSession session, DispatcherConnection connection) {
        EclipseLinkCallbacks.attach(session, connection);
        UnitHooks.hooked(connection, EclipseLinkUnits.nameOf(session), "EclipseLink",
                EclipseLinkSignals.class.getName());
        EclipseLinkUnits.reportUnhooked(connection);
    }

    /** A query ran: entities it refreshed were loaded again. */
    public static void queryExecuted(SessionEvent event, DispatcherConnection connection) {
        EclipseLinkCallbacks.refreshed(connection, event);
    }
}

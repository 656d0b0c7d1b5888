package org.entitysignals.internal.eclipselink;

import org.entitysignals.eclipselink.EclipseLinkSignals;
import org.entitysignals.internal.DispatcherConnection;
import org.entitysignals.internal.UnitHooks;
import org.eclipse.persistence.internal.sessions.AbstractSession;

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
}

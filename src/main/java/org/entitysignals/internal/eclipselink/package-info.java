/**
 * EclipseLink hook, behind the session listener {@code org.entitysignals.eclipselink.EclipseLinkSignals}: the
 * session events of a unit ({@code EclipseLinkSessionHook}), the lifecycle callbacks attached to every descriptor,
 * what a save changed (from the change set of the flush), relation signals, transaction phases of resource-local
 * units, and the units no hook serves. Everything goes to the unit's {@code UnitSignals}. Loaded only where
 * EclipseLink is present.
 *
 * <p>Not API: may change in any release.
 */
package org.entitysignals.internal.eclipselink;

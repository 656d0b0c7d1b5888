/**
 * EclipseLink glue behind {@link org.entitysignals.eclipselink.EclipseLinkSignals}: what a save changed, from the
 * change set of the flush, and relation signals. Loaded only where EclipseLink is present.
 *
 * <p>Not API: may change in any release.
 */
package org.entitysignals.internal.eclipselink;

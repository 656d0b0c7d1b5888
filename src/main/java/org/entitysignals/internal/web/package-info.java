/**
 * The servlet filter behind {@code org.entitysignals.web}'s request signals, registered by the jar's
 * {@code META-INF/web-fragment.xml}. Loaded only by servlet containers.
 *
 * <p>Not API: may change in any release.
 */
package org.entitysignals.internal.web;

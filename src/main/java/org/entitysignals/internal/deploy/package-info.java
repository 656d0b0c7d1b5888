/**
 * Deployment: the CDI extension's work, from bean discovery to the start of delivery. Receivers are found among the
 * observer methods, validated (every problem reported at once, each naming the method and the fix), and their
 * observed types rewritten to what the dispatcher fires; the receiver map is logged; then {@code Deployment} starts
 * the dispatcher through {@code runtime.Dispatchers}.
 *
 * <p>Not API: may change in any release.
 */
package org.entitysignals.internal.deploy;

/**
 * Implementation of Entity Signals. This package holds what both halves share: the signal {@code Phase}s, the JPA
 * {@code Callback}s, a validated receiver ({@code ValidReceiver}) and every user-facing text ({@code Messages}).
 * <ul>
 * <li>{@code deploy}: what happens when the application deploys: receivers are found, validated and rewritten, and
 * the receiver map is logged; then the dispatcher starts.</li>
 * <li>{@code runtime}: what happens on every JPA callback; providers enter it through one door,
 * {@code UnitSignals}.</li>
 * <li>{@code hibernate}, {@code eclipselink}: provider hooks, loaded only where their provider is present.</li>
 * <li>{@code web}: request signals.</li>
 * </ul>
 *
 * <p>Not API: everything here may change in any release without notice. Applications use only
 * {@code org.entitysignals} and its sub-packages outside {@code internal}.
 */
package org.entitysignals.internal;

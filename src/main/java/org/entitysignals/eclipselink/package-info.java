/**
 * EclipseLink integration: the session event listener that persistence units on EclipseLink name in
 * {@code persistence.xml}, with one line (no mapping file is needed). The class name is API and stays stable; what
 * it does inside is not.
 *
 * <pre>
 * &lt;properties&gt;
 *     &lt;property name="eclipselink.session-event-listener"
 *               value="org.entitysignals.eclipselink.EclipseLinkSignals"/&gt;
 * &lt;/properties&gt;
 * </pre>
 *
 * @since 0.1.0
 */
package org.entitysignals.eclipselink;

/**
 * Hibernate ORM glue: the integrator that attaches signals to every persistence unit without a
 * {@code persistence.xml} change. Loaded by Hibernate's service loader only where Hibernate is present.
 *
 * <p>Not API: may change in any release.
 */
package org.entitysignals.internal.hibernate;

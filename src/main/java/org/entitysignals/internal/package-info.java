/**
 * Implementation of Entity Signals: receiver validation, callback-to-event mapping, dispatch and messages.
 *
 * <p>Not API: everything here may change in any release without notice. Applications use only
 * {@code org.entitysignals}.
 */
package org.entitysignals.internal;

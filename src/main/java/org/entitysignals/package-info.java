/**
 * Entity Signals: JPA lifecycle callbacks re-emitted as qualified CDI events.
 *
 * <p>This package is the public API: the phase qualifiers ({@link org.entitysignals.PreSave},
 * {@link org.entitysignals.PostSave}, {@link org.entitysignals.PreDelete}, {@link org.entitysignals.PostDelete}),
 * the event types ({@link org.entitysignals.SaveEvent}, {@link org.entitysignals.DeleteEvent}), the JPA listener
 * ({@link org.entitysignals.EntitySignalsListener}) and the CDI extension
 * ({@link org.entitysignals.EntitySignalsExtension}). A receiver is an ordinary observer method:
 *
 * <pre>
 * void createProfile(&#64;Observes &#64;PostSave(User.class) SaveEvent&lt;User&gt; event) {
 *     if (event.created()) profiles.createFor(event.entity());
 * }
 * </pre>
 *
 * <p>Everything under {@code org.entitysignals.internal} is not API and may change in any release.
 *
 * @since 0.1.0
 */
package org.entitysignals;

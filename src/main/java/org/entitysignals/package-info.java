/**
 * Entity Signals: JPA lifecycle callbacks re-emitted as qualified CDI events.
 *
 * <p>This package is the public API: the phase qualifiers ({@link org.entitysignals.PreSave},
 * {@link org.entitysignals.PostSave}, {@link org.entitysignals.PreDelete}, {@link org.entitysignals.PostDelete}),
 * {@link org.entitysignals.Loaded}, {@link org.entitysignals.RelationChanged}), the event types
 * ({@link org.entitysignals.SaveEvent}, {@link org.entitysignals.DeleteEvent}, {@link org.entitysignals.LoadEvent},
 * {@link org.entitysignals.RelationEvent}), the failure report ({@link org.entitysignals.ReceiverFailed}), muting
 * ({@link org.entitysignals.Signals}), the JPA listener ({@link org.entitysignals.EntitySignalsListener}) and the
 * CDI extension ({@link org.entitysignals.EntitySignalsExtension}). A receiver is an ordinary observer method:
 *
 * <pre>
 * void createProfile(&#64;Observes &#64;PostSave(User.class) SaveEvent&lt;User&gt; event) {
 *     if (event.created()) profiles.createFor(event.entity());
 * }
 * </pre>
 *
 * <p>Transactional receivers ({@code @Observes(during = AFTER_SUCCESS)} and the other phases) wait for the
 * transaction's outcome in a server and in Java SE alike; there the library runs them at the resource-local
 * commit or rollback.
 *
 * <p>Everything under {@code org.entitysignals.internal} is not API and may change in any release.
 *
 * @since 0.1.0
 */
package org.entitysignals;

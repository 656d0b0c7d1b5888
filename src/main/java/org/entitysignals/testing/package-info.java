/**
 * The test kit: record the signals a test causes and assert on them, and mute signals for a test.
 *
 * <pre>
 * &#64;Inject SignalRecorder recorder;        // added to the test's container: weld-junit5, Weld SE, Arquillian
 *
 * &#64;Test
 * void registeringCreatesAUser() {
 *     registration.register("rahul");
 *     recorder.assertThat().saw(POST_SAVE, User.class).created().once();
 * }
 *
 * &#64;Test
 * &#64;MuteSignals(User.class)                 // JUnit 5: no User signal reaches a receiver during this test
 * void importsUsersQuietly() { … }
 * </pre>
 *
 * <ul>
 * <li>{@link org.entitysignals.testing.SignalRecorder}: a CDI bean recording every signal as a
 * {@link org.entitysignals.testing.RecordedSignal}, with {@link org.entitysignals.testing.SignalAssert} assertions
 * (Laravel's {@code Event::fake()} assertions); {@link org.entitysignals.testing.SignalPhase} names the phases and
 * {@link org.entitysignals.testing.ExpectedSignal} a signal expected in a sequence.</li>
 * <li>{@link org.entitysignals.testing.MuteSignals}: factory_boy's {@code mute_signals} for JUnit 5 tests, built on
 * {@link org.entitysignals.Signals}, which also mutes a block.</li>
 * </ul>
 *
 * <p>This package is API. The assertions throw {@link java.lang.AssertionError} and need no assertion library;
 * {@code MuteSignals} needs {@code junit-jupiter-api}, which the library does not bring: tests have it anyway.
 *
 * @since 0.1.0
 */
package org.entitysignals.testing;

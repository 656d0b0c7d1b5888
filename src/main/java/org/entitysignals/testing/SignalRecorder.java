package org.entitysignals.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.entitysignals.DeleteEvent;
import org.entitysignals.LoadEvent;
import org.entitysignals.Loaded;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreDelete;
import org.entitysignals.PreSave;
import org.entitysignals.RelationChanged;
import org.entitysignals.RelationEvent;
import org.entitysignals.SaveEvent;

/**
 * Records every signal of every entity, in the order delivered, for tests to assert on: Laravel's
 * {@code Event::fake()}, except that receivers still run (mute them with {@link MuteSignals} or
 * {@link org.entitysignals.Signals}).
 *
 * <pre>
 * &#64;EnableWeld
 * class RegistrationTest {
 *     &#64;WeldSetup
 *     WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
 *                     .addExtension(new EntitySignalsExtension())
 *                     .addBeanClasses(SignalRecorder.class, Registration.class, Profiles.class, Jpa.class))
 *             .activate(RequestScoped.class)
 *             .build();
 *
 *     &#64;Inject SignalRecorder recorder;
 *     &#64;Inject Registration registration;
 *
 *     &#64;Test
 *     void registeringCreatesAUserAndItsProfile() {
 *         registration.register("rahul");
 *
 *         recorder.assertThat().saw(POST_SAVE, User.class).created().once();
 *         recorder.assertThat().inOrder(POST_SAVE.of(User.class), POST_SAVE.of(Profile.class));
 *         recorder.assertThat().didNotSee(POST_DELETE, Object.class);
 *     }
 * }
 * </pre>
 *
 * <p><b>Adding it.</b> The library jar is not a bean archive, so the recorder is a bean only where a test adds it.
 * With weld-junit5 or Weld SE name the class among the bean classes, with your receivers and whatever produces your
 * {@code EntityManager} ({@code Jpa} above); in an Arquillian deployment add it to the archive
 * ({@code .addClass(SignalRecorder.class)}) and {@code @Inject} it into the test. It is {@code @ApplicationScoped}:
 * call {@link #clear()} between tests that share a container.
 *
 * <p><b>What it sees.</b> Its receivers are synchronous, of every entity, with a priority lower than
 * any of yours ({@link #PRIORITY}), so they run before your receivers: a signal is recorded even when a later
 * receiver throws, and the signals a receiver causes are recorded after the one it received. Like any receiver, it
 * records nothing of what is muted, and it sees the signals of every thread. Being a receiver of everything, it makes
 * the library raise every signal, {@code @Loaded} and {@code @RelationChanged} included, which costs a little in
 * tests.
 *
 * @since 0.1.0
 */
@ApplicationScoped
public class SignalRecorder {

    /**
     * The priority of the recorder's receivers: lower than any receiver of yours, so they run first. Not
     * {@code Integer.MIN_VALUE}: Weld orders observers by subtracting their priorities, which would overflow.
     */
    public static final int PRIORITY = Integer.MIN_VALUE / 2;

    private final List<RecordedSignal> signals = new ArrayList<>();

    void preSave(@Observes @Priority(PRIORITY) @PreSave SaveEvent<?> event) {
        record(RecordedSignal.save(SignalPhase.PRE_SAVE, event));
    }

    void postSave(@Observes @Priority(PRIORITY) @PostSave SaveEvent<?> event) {
        record(RecordedSignal.save(SignalPhase.POST_SAVE, event));
    }

    void preDelete(@Observes @Priority(PRIORITY) @PreDelete DeleteEvent<?> event) {
        record(RecordedSignal.of(SignalPhase.PRE_DELETE, event.entity(), event));
    }

    void postDelete(@Observes @Priority(PRIORITY) @PostDelete DeleteEvent<?> event) {
        record(RecordedSignal.of(SignalPhase.POST_DELETE, event.entity(), event));
    }

    void loaded(@Observes @Priority(PRIORITY) @Loaded LoadEvent<?> event) {
        record(RecordedSignal.of(SignalPhase.LOADED, event.entity(), event));
    }

    void relationChanged(@Observes @Priority(PRIORITY) @RelationChanged RelationEvent<?> event) {
        record(RecordedSignal.of(SignalPhase.RELATION_CHANGED, event.entity(), event));
    }

    private synchronized void record(RecordedSignal signal) {
        signals.add(signal);
    }

    /**
     * Every signal recorded since the start or the last {@link #clear()}, in the order delivered.
     *
     * @return an unmodifiable copy
     */
    public synchronized List<RecordedSignal> signals() {
        return List.copyOf(signals);
    }

    /**
     * The signals of the phase recorded for instances of the entity class, in the order delivered.
     *
     * @param phase       the phase
     * @param entityClass the entity class; its subclasses match too, as senders do
     * @return an unmodifiable list, possibly empty
     */
    public List<RecordedSignal> signals(SignalPhase phase, Class<?> entityClass) {
        return signals().stream().filter(phase.of(entityClass)::matches).toList();
    }

    /** Forgets every signal recorded so far: for tests that share a container, and after fixtures. */
    public synchronized void clear() {
        signals.clear();
    }

    /**
     * Starts assertions over the signals recorded so far (a copy: signals recorded later are not seen by it).
     *
     * @return the assertions
     */
    public SignalAssert<Object> assertThat() {
        return new SignalAssert<>(signals());
    }

    @Override
    public String toString() {
        return "SignalRecorder" + Failures.list(signals());
    }
}

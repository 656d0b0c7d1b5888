package org.entitysignals.testing;

import java.util.Objects;

/**
 * A signal a test expects: a phase and an entity class. Written {@code POST_SAVE.of(User.class)}; an entity of a
 * subclass matches too, as it does for senders.
 *
 * <pre>
 * recorder.assertThat().inOrder(PRE_DELETE.of(User.class), POST_DELETE.of(Profile.class));
 * </pre>
 *
 * @since 0.1.0
 */
public final class ExpectedSignal {

    private final SignalPhase phase;
    private final Class<?> entityClass;

    ExpectedSignal(SignalPhase phase, Class<?> entityClass) {
        this.phase = Objects.requireNonNull(phase, "phase");
        this.entityClass = Objects.requireNonNull(entityClass, "entityClass");
    }

    /**
     * The phase expected.
     *
     * @return the phase
     */
    public SignalPhase phase() {
        return phase;
    }

    /**
     * The entity class expected; instances of its subclasses match too.
     *
     * @return the entity class
     */
    public Class<?> entityClass() {
        return entityClass;
    }

    /**
     * Whether the recorded signal is of this phase and its entity an instance of this class.
     *
     * @param signal a recorded signal
     * @return {@code true} when it matches
     */
    public boolean matches(RecordedSignal signal) {
        return signal.phase() == phase && entityClass.isInstance(signal.entity());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedSignal that && phase == that.phase && entityClass == that.entityClass;
    }

    @Override
    public int hashCode() {
        return 31 * phase.hashCode() + entityClass.hashCode();
    }

    /** @return the phase's qualifier and the class, {@code @PostSave org.acme.User} */
    @Override
    public String toString() {
        return phase.label() + " " + entityClass.getName();
    }
}

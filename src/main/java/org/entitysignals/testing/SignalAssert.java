package org.entitysignals.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Fluent assertions over the signals a {@link SignalRecorder} recorded, or a selection of them; each failed one
 * throws an {@link AssertionError} that lists the signals concerned. Selections ({@link #saw}, {@link #created()},
 * {@link #updated()}, {@link #where}, {@link #matching}) return a new instance and leave this one as it was; an
 * entity class also selects its subclasses, as senders do.
 *
 * <pre>
 * recorder.assertThat().saw(POST_SAVE, User.class);                   // Laravel's assertDispatched
 * recorder.assertThat().saw(POST_SAVE, User.class).times(2);          // assertDispatchedTimes
 * recorder.assertThat().saw(POST_SAVE, User.class)                    // assertDispatched with a callback
 *         .where("named rahul", user -&gt; user.getName().equals("rahul")).atLeastOnce();
 * recorder.assertThat().didNotSee(POST_DELETE, User.class);           // assertNotDispatched
 * recorder.assertThat().none();                                       // assertNothingDispatched
 * recorder.assertThat().saw(POST_SAVE, User.class).created().once();  // the INSERT: created() true
 * recorder.assertThat().saw(POST_SAVE, User.class).withEntities(rahul, priya);
 * recorder.assertThat().inOrder(PRE_SAVE.of(User.class), POST_SAVE.of(User.class), POST_SAVE.of(Profile.class));
 * List&lt;User&gt; saved = recorder.assertThat().saw(POST_SAVE, User.class).entities();
 * </pre>
 *
 * @param <T> the entity type of the selection
 * @since 0.1.0
 */
public final class SignalAssert<T> {

    private final Failures.Subject subject;
    private final List<RecordedSignal> selected;
    private final List<RecordedSignal> all;

    SignalAssert(List<RecordedSignal> all) {
        this(Failures.Subject.ALL, all, all);
    }

    private SignalAssert(Failures.Subject subject, List<RecordedSignal> selected, List<RecordedSignal> all) {
        this.subject = subject;
        this.selected = selected;
        this.all = all;
    }

    /**
     * Asserts that at least one signal of the phase was recorded for an instance of the entity class, and selects
     * those signals.
     *
     * @param phase       the phase
     * @param entityClass the entity class, {@code Object.class} for any entity
     * @param <E>         the entity type
     * @return the signals of that phase and class, in the order recorded
     * @throws AssertionError when there is none
     */
    public <E> SignalAssert<E> saw(SignalPhase phase, Class<E> entityClass) {
        SignalAssert<E> signals = select(phase, entityClass);
        signals.atLeastOnce();
        return signals;
    }

    /**
     * Asserts that at least one signal of the phase was recorded, for any entity, and selects those signals.
     *
     * @param phase the phase
     * @return the signals of that phase, in the order recorded
     * @throws AssertionError when there is none
     */
    public SignalAssert<Object> saw(SignalPhase phase) {
        return saw(phase, Object.class);
    }

    /**
     * Asserts that no signal of the phase was recorded for an instance of the entity class.
     *
     * @param phase       the phase
     * @param entityClass the entity class, {@code Object.class} for any entity
     * @return this
     * @throws AssertionError when there is one
     */
    public SignalAssert<T> didNotSee(SignalPhase phase, Class<?> entityClass) {
        select(phase, entityClass).none();
        return this;
    }

    /**
     * Asserts that no signal is selected: on {@link SignalRecorder#assertThat()}, that nothing was recorded at all.
     *
     * @return this
     * @throws AssertionError when a signal is selected
     */
    public SignalAssert<T> none() {
        if (!selected.isEmpty()) {
            throw Failures.noneExpected(subject, selected);
        }
        return this;
    }

    /**
     * Asserts how many signals are selected.
     *
     * @param expected the number of signals
     * @return this
     * @throws AssertionError when there are more or fewer
     */
    public SignalAssert<T> times(int expected) {
        if (selected.size() != expected) {
            throw Failures.count(subject, expected, selected, all);
        }
        return this;
    }

    /**
     * Asserts that exactly one signal is selected.
     *
     * @return this
     * @throws AssertionError when there are more or fewer
     */
    public SignalAssert<T> once() {
        return times(1);
    }

    /**
     * Asserts that at least one signal is selected: after {@link #where} or {@link #matching}, Laravel's
     * {@code assertDispatched} with a callback.
     *
     * @return this
     * @throws AssertionError when there is none
     */
    public SignalAssert<T> atLeastOnce() {
        if (selected.isEmpty()) {
            throw Failures.someExpected(subject, all);
        }
        return this;
    }

    /**
     * Selects the save signals of INSERTs ({@code created()} true).
     *
     * @return the selection, possibly empty
     */
    public SignalAssert<T> created() {
        return filter("created", signal -> signal.phase().isSave() && signal.created());
    }

    /**
     * Selects the save signals of UPDATEs ({@code created()} false).
     *
     * @return the selection, possibly empty
     */
    public SignalAssert<T> updated() {
        return filter("updated", signal -> signal.phase().isSave() && !signal.created());
    }

    /**
     * Selects the signals that meet a condition, described for the failure messages:
     * {@code matching("changing email", signal -> signal.changedAttributes().contains("email"))}.
     *
     * @param description what the condition is, in a few words
     * @param condition   the condition
     * @return the selection, possibly empty
     */
    public SignalAssert<T> matching(String description, Predicate<? super RecordedSignal> condition) {
        return filter(Objects.requireNonNull(description, "description"), condition);
    }

    /**
     * Selects the signals whose entity meets a condition, described for the failure messages:
     * {@code saw(POST_SAVE, User.class).where("named rahul", user -> user.getName().equals("rahul"))}.
     *
     * @param description what the condition is, in a few words
     * @param condition   the condition on the entity
     * @return the selection, possibly empty
     */
    @SuppressWarnings("unchecked")
    public SignalAssert<T> where(String description, Predicate<? super T> condition) {
        return matching(description, signal -> condition.test((T) signal.entity()));
    }

    /**
     * Asserts that the selected signals are about these entities, in this order, compared with {@code equals}.
     *
     * @param expected the entities
     * @return this
     * @throws AssertionError when they differ
     */
    public SignalAssert<T> withEntities(Object... expected) {
        List<Object> wanted = Arrays.asList(expected);
        List<T> actual = entities();
        if (!wanted.equals(actual)) {
            throw Failures.entities(subject, wanted, actual, selected);
        }
        return this;
    }

    /**
     * Asserts that the selection holds these signals in this order; other signals may come between them.
     *
     * @param expected the signals, as {@code POST_SAVE.of(User.class)}
     * @return this
     * @throws AssertionError when one of them is missing or out of order
     */
    public SignalAssert<T> inOrder(ExpectedSignal... expected) {
        int next = 0;
        for (int i = 0; i < expected.length; i++) {
            while (next < selected.size() && !expected[i].matches(selected.get(next))) {
                next++;
            }
            if (next == selected.size()) {
                throw Failures.notInOrder(List.of(expected), i, selected);
            }
            next++;
        }
        return this;
    }

    /**
     * Asserts that the selection is exactly these signals, in this order, and nothing else.
     *
     * @param expected the signals, as {@code POST_SAVE.of(User.class)}
     * @return this
     * @throws AssertionError when they differ
     */
    public SignalAssert<T> exactly(ExpectedSignal... expected) {
        int common = Math.min(expected.length, selected.size());
        for (int i = 0; i < common; i++) {
            if (!expected[i].matches(selected.get(i))) {
                throw Failures.notExactly(List.of(expected), i, selected);
            }
        }
        if (expected.length != selected.size()) {
            throw Failures.notExactly(List.of(expected), common, selected);
        }
        return this;
    }

    /**
     * The entities of the selected signals, in the order recorded, for assertions of your own.
     *
     * @return an unmodifiable list
     */
    @SuppressWarnings("unchecked")
    public List<T> entities() {
        List<T> entities = new ArrayList<>(selected.size());
        for (RecordedSignal signal : selected) {
            entities.add((T) signal.entity());
        }
        return List.copyOf(entities);
    }

    /**
     * The selected signals, in the order recorded, for assertions of your own.
     *
     * @return an unmodifiable list
     */
    public List<RecordedSignal> signals() {
        return selected;
    }

    private <E> SignalAssert<E> select(SignalPhase phase, Class<E> entityClass) {
        ExpectedSignal kind = phase.of(entityClass);
        return new SignalAssert<>(subject.narrowed(phase, entityClass),
                selected.stream().filter(kind::matches).toList(), all);
    }

    private SignalAssert<T> filter(String description, Predicate<? super RecordedSignal> condition) {
        return new SignalAssert<>(subject.filtered(description), selected.stream().filter(condition).toList(), all);
    }

    @Override
    public String toString() {
        return subject.plural() + ": " + Failures.list(selected);
    }
}

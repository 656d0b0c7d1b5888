package org.entitysignals.testing;

import java.util.Objects;
import java.util.Set;
import org.entitysignals.RelationEvent;
import org.entitysignals.SaveEvent;

/**
 * One signal as {@link SignalRecorder} saw it: its phase, its entity, the event itself and, for saves, whether it
 * was an INSERT and which attributes it changed, as they were when the signal was delivered.
 *
 * <pre>
 * RecordedSignal first = recorder.signals().get(0);
 * first.phase();                                   // PRE_SAVE
 * first.entity();                                  // the User instance
 * first.created();                                 // true: an INSERT
 * first.event(SaveEvent.class).changed("email");   // the event, for anything else
 * </pre>
 *
 * <p>Each instance is one delivery: two recordings are equal only if they are the same instance.
 *
 * @since 0.1.0
 */
public final class RecordedSignal {

    private static final String PRE_SAVE_CHANGES = "the changed attributes are recorded for @PostSave signals only:"
            + " before the write, receivers may still change the entity";

    private final SignalPhase phase;
    private final Object entity;
    private final Object event;
    private final boolean created;
    private final Set<String> changed;
    private final String changesUnknown;

    private RecordedSignal(SignalPhase phase, Object entity, Object event, boolean created, Set<String> changed,
            String changesUnknown) {
        this.phase = phase;
        this.entity = Objects.requireNonNull(entity, "entity");
        this.event = event;
        this.created = created;
        this.changed = changed;
        this.changesUnknown = changesUnknown;
    }

    /**
     * A save signal. After the write, what it changed is read now, as the provider's state moves on. Before the
     * write it is not read at all: the event keeps its first answer, and receivers after the recorder may still
     * change the entity.
     */
    static RecordedSignal save(SignalPhase phase, SaveEvent<?> event) {
        Set<String> changed = null;
        String unknown = PRE_SAVE_CHANGES;
        if (phase == SignalPhase.POST_SAVE) {
            try {
                changed = Set.copyOf(event.changedAttributes());
            } catch (IllegalStateException notTracked) {
                unknown = notTracked.getMessage();
            }
        }
        return new RecordedSignal(phase, event.entity(), event, event.created(), changed, unknown);
    }

    static RecordedSignal of(SignalPhase phase, Object entity, Object event) {
        return new RecordedSignal(phase, entity, event, false, null, null);
    }

    /**
     * The phase of the signal.
     *
     * @return the phase
     */
    public SignalPhase phase() {
        return phase;
    }

    /**
     * The entity the signal was about: the instance receivers got (it may have changed since).
     *
     * @return the entity, never {@code null}
     */
    public Object entity() {
        return entity;
    }

    /**
     * The class of {@link #entity()}.
     *
     * @return the entity's class
     */
    public Class<?> entityClass() {
        return entity.getClass();
    }

    /**
     * The event receivers got: a {@code SaveEvent}, {@code DeleteEvent}, {@code LoadEvent} or {@code RelationEvent}
     * according to the phase. Read what a save changed through {@link #changedAttributes()} rather than through the
     * event, whose answers follow the provider's state after the delivery.
     *
     * @return the event
     */
    public Object event() {
        return event;
    }

    /**
     * The event receivers got, as the given type: {@code signal.event(RelationEvent.class).added()}.
     *
     * @param type the event type of the phase
     * @param <E>  the event type
     * @return the event
     * @throws ClassCastException when the event is not of that type
     */
    public <E> E event(Class<E> type) {
        return type.cast(event);
    }

    /**
     * Whether the save was an INSERT ({@code true}) or an UPDATE ({@code false}): {@code SaveEvent.created()}.
     *
     * @return {@code true} for a new row
     * @throws IllegalStateException when the signal is not a {@link SignalPhase#PRE_SAVE} or
     *                               {@link SignalPhase#POST_SAVE}
     */
    public boolean created() {
        requireSave("created()");
        return created;
    }

    /**
     * The attributes a {@link SignalPhase#POST_SAVE} signal's save wrote, as {@code SaveEvent.changedAttributes()}
     * told when the signal was delivered.
     *
     * @return an unmodifiable set of JPA attribute names
     * @throws IllegalStateException when the signal is not a post-save one, or the provider could not tell (the
     *                               message says why)
     */
    public Set<String> changedAttributes() {
        requireSave("changedAttributes()");
        if (changed == null) {
            throw new IllegalStateException(changesUnknown);
        }
        return changed;
    }

    private void requireSave(String what) {
        if (!phase.isSave()) {
            throw new IllegalStateException(what + " is known for @PreSave and @PostSave signals only, not for "
                    + this);
        }
    }

    /**
     * Describes the signal as assertion messages show it: {@code @PostSave org.acme.User created: User rahul}, or
     * {@code @RelationChanged org.acme.Student.courses POST_ADD: Student rahul} for a relation.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(phase.label()).append(' ').append(entity.getClass().getName());
        if (phase.isSave()) {
            text.append(created ? " created" : " updated");
        } else if (event instanceof RelationEvent<?> relation) {
            text.append('.').append(relation.attribute()).append(' ').append(relation.action());
            if (relation.reverse()) {
                text.append(" (reverse)");
            }
        }
        return text.append(": ").append(Failures.describe(entity)).toString();
    }
}

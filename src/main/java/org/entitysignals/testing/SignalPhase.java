package org.entitysignals.testing;

import java.lang.annotation.Annotation;
import org.entitysignals.Loaded;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreDelete;
import org.entitysignals.PreSave;
import org.entitysignals.RelationChanged;

/**
 * The phase of a recorded signal: one constant per qualifier.
 *
 * <pre>
 * import static org.entitysignals.testing.SignalPhase.POST_SAVE;
 * import static org.entitysignals.testing.SignalPhase.PRE_SAVE;
 *
 * recorder.assertThat().saw(POST_SAVE, User.class).created().once();
 * recorder.assertThat().inOrder(PRE_SAVE.of(User.class), POST_SAVE.of(User.class), POST_SAVE.of(Profile.class));
 * </pre>
 *
 * @since 0.1.0
 */
public enum SignalPhase {
    /** {@link PreSave}: before an INSERT or UPDATE. */
    PRE_SAVE(PreSave.class),
    /** {@link PostSave}: after an INSERT or UPDATE. */
    POST_SAVE(PostSave.class),
    /** {@link PreDelete}: before a DELETE. */
    PRE_DELETE(PreDelete.class),
    /** {@link PostDelete}: after a DELETE. */
    POST_DELETE(PostDelete.class),
    /** {@link Loaded}: after an entity was loaded from the database. */
    LOADED(Loaded.class),
    /** {@link RelationChanged}: elements of a collection-valued relation were linked or unlinked. */
    RELATION_CHANGED(RelationChanged.class);

    private final Class<? extends Annotation> qualifier;

    SignalPhase(Class<? extends Annotation> qualifier) {
        this.qualifier = qualifier;
    }

    /**
     * The qualifier receivers of this phase are declared with.
     *
     * @return the annotation type, for example {@code PostSave.class}
     */
    public Class<? extends Annotation> qualifier() {
        return qualifier;
    }

    /**
     * A signal of this phase for an instance of the entity class, for {@link SignalAssert#inOrder} and
     * {@link SignalAssert#exactly}.
     *
     * @param entityClass the entity class; its subclasses match too, as senders do
     * @return the expected signal
     */
    public ExpectedSignal of(Class<?> entityClass) {
        return new ExpectedSignal(this, entityClass);
    }

    /** Whether this is {@link #PRE_SAVE} or {@link #POST_SAVE}, the phases whose signals tell {@code created}. */
    boolean isSave() {
        return this == PRE_SAVE || this == POST_SAVE;
    }

    /** The qualifier as written in code: {@code @PostSave}. */
    String label() {
        return "@" + qualifier.getSimpleName();
    }
}

package org.entitysignals.internal;

import java.lang.annotation.Annotation;
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

/** The signal phases: the qualifier that names each, the payload it carries and whether it runs inline. */
public enum Phase {
    PRE_SAVE(PreSave.class, SaveEvent.class, true),
    POST_SAVE(PostSave.class, SaveEvent.class, false),
    PRE_DELETE(PreDelete.class, DeleteEvent.class, true),
    POST_DELETE(PostDelete.class, DeleteEvent.class, false),
    LOADED(Loaded.class, LoadEvent.class, false),
    /** {@code PRE_} actions run inline, {@code POST_} ones after the flush: checked per receiver. */
    RELATION(RelationChanged.class, RelationEvent.class, false);

    private final Class<? extends Annotation> qualifier;
    private final Class<?> payload;
    private final boolean inlineOnly;

    Phase(Class<? extends Annotation> qualifier, Class<?> payload, boolean inlineOnly) {
        this.qualifier = qualifier;
        this.payload = payload;
        this.inlineOnly = inlineOnly;
    }

    public Class<? extends Annotation> qualifier() {
        return qualifier;
    }

    public Class<?> payload() {
        return payload;
    }

    /** Pre phases run inside the JPA operation: no async, no transaction phase. */
    public boolean inlineOnly() {
        return inlineOnly;
    }

    /** Post phases wait for the end of the flush that wrote the row, where a provider hook allows it. */
    public boolean afterFlush() {
        return this == POST_SAVE || this == POST_DELETE;
    }

    /** The phase named by a qualifier, or {@code null} when it is not one of ours. */
    public static Phase of(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        for (Phase phase : values()) {
            if (phase.qualifier == type) {
                return phase;
            }
        }
        return null;
    }

    public static boolean isPayload(Class<?> type) {
        return type == SaveEvent.class || type == DeleteEvent.class || type == LoadEvent.class
                || type == RelationEvent.class;
    }

    public Class<?>[] senders(Annotation qualifier) {
        return switch (this) {
            case PRE_SAVE -> ((PreSave) qualifier).value();
            case POST_SAVE -> ((PostSave) qualifier).value();
            case PRE_DELETE -> ((PreDelete) qualifier).value();
            case POST_DELETE -> ((PostDelete) qualifier).value();
            case LOADED -> ((Loaded) qualifier).value();
            case RELATION -> ((RelationChanged) qualifier).value();
        };
    }

    /** The phase qualifier with no sender, as the library fires it. */
    public Annotation anyQualifier() {
        return switch (this) {
            case PRE_SAVE -> PreSave.Literal.ANY;
            case POST_SAVE -> PostSave.Literal.ANY;
            case PRE_DELETE -> PreDelete.Literal.ANY;
            case POST_DELETE -> PostDelete.Literal.ANY;
            case LOADED -> Loaded.Literal.ANY;
            case RELATION -> RelationChanged.Literal.ANY;
        };
    }

    public String simpleName() {
        return "@" + qualifier.getSimpleName();
    }
}

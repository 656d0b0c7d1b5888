package org.entitysignals.internal.runtime;

import java.util.Set;

/**
 * What a save changes, as {@link org.entitysignals.SaveEvent} reports it; read from the state the provider keeps,
 * on demand. Implementations are provider-specific ({@link StateChanges}); see {@code SaveEvent} for the semantics.
 */
public interface ChangeSource {

    /**
     * Not a save: an UPDATE callback for which the provider found no singular attribute changed, only collections
     * (a relation change, reported by {@code @RelationChanged}) or nothing at all.
     */
    ChangeSource RELATIONS_ONLY = unknown("not a save");

    /** The changed singular attributes, sorted. */
    Set<String> changed();

    Object oldValue(String attribute);

    Object newValue(String attribute);

    /** Every singular attribute the entity has, sorted: what {@link #oldValue} and {@link #newValue} accept. */
    Set<String> attributes();

    /**
     * The changes for a provider that cannot tell them.
     *
     * @param reason why, and what to do about it: the message of the {@link IllegalStateException} thrown
     */
    static ChangeSource unknown(String reason) {
        return new ChangeSource() {
            @Override
            public Set<String> changed() {
                throw new IllegalStateException(reason);
            }

            @Override
            public Object oldValue(String attribute) {
                throw new IllegalStateException(reason);
            }

            @Override
            public Object newValue(String attribute) {
                throw new IllegalStateException(reason);
            }

            @Override
            public Set<String> attributes() {
                throw new IllegalStateException(reason);
            }
        };
    }
}

package org.entitysignals.internal.runtime;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entitysignals.internal.Messages;

/**
 * The rules of {@link org.entitysignals.SaveEvent}'s changes, over a provider's view of one entity's state: an
 * INSERT changes every non-null attribute from {@code null}; an UPDATE changes what the provider's own dirty check
 * finds. Nothing is read before a receiver asks, and the answer is kept.
 */
public abstract class StateChanges implements ChangeSource {

    private final boolean created;
    private Set<String> changed;

    protected StateChanges(boolean created) {
        this.created = created;
    }

    /** Every singular persistent attribute except the identifier and the version, sorted. */
    @Override
    public abstract Set<String> attributes();

    /** The value written, or about to be written. */
    protected abstract Object readNew(String attribute);

    /** The value before this UPDATE. */
    protected abstract Object readOld(String attribute);

    /** The attributes among {@link #attributes()} this UPDATE changes, per the provider's dirty check. */
    protected abstract Set<String> findChanged();

    @Override
    public final Set<String> changed() {
        Set<String> known = changed;
        if (known == null) {
            Set<String> found = new TreeSet<>();
            if (created) {
                for (String attribute : attributes()) {
                    if (readNew(attribute) != null) {
                        found.add(attribute);
                    }
                }
            } else {
                found.addAll(findChanged());
            }
            known = Collections.unmodifiableSet(found);
            changed = known;
        }
        return known;
    }

    /** The value before this save; callers check that the attribute is one of {@link #attributes()}. */
    @Override
    public final Object oldValue(String attribute) {
        return created ? null : readOld(attribute);
    }

    /** The value this save writes; callers check that the attribute is one of {@link #attributes()}. */
    @Override
    public final Object newValue(String attribute) {
        return readNew(attribute);
    }

    /** For a provider that did not keep the entity's previous state. */
    protected static IllegalStateException oldStateUnknown(String entityName) {
        return new IllegalStateException(Messages.oldStateUnknown(entityName));
    }

    /**
     * A copy of the changes as they are now, for receivers that run later (asynchronously, or in a transaction
     * phase), when the provider's state may have moved on. Copies the changed attributes' values only: the others
     * are unchanged, so any later read of them is right. Only routes with such receivers pay for it.
     */
    static ChangeSource snapshot(ChangeSource source) {
        Set<String> changed;
        Map<String, Object> oldValues = new HashMap<>();
        Map<String, Object> newValues = new HashMap<>();
        try {
            changed = source.changed();
            for (String attribute : changed) {
                oldValues.put(attribute, source.oldValue(attribute));
                newValues.put(attribute, source.newValue(attribute));
            }
        } catch (IllegalStateException unknown) {
            return source;
        }
        return new StateChanges(false) {
            @Override
            public Set<String> attributes() {
                return source.attributes();
            }

            @Override
            protected Object readNew(String attribute) {
                return changed.contains(attribute) ? newValues.get(attribute) : source.newValue(attribute);
            }

            @Override
            protected Object readOld(String attribute) {
                return changed.contains(attribute) ? oldValues.get(attribute) : source.oldValue(attribute);
            }

            @Override
            protected Set<String> findChanged() {
                return changed;
            }
        };
    }
}

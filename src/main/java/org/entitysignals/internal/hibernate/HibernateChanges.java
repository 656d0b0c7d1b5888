package org.entitysignals.internal.hibernate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.entitysignals.internal.runtime.StateChanges;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;

/**
 * What a save changes on Hibernate, read from the state arrays Hibernate keeps anyway: the entity entry's loaded
 * state (the old values, replaced rather than mutated after each write) and, in the post phase, the state written.
 * Dirtiness is Hibernate's own ({@link EntityPersister#findDirty}): to-one associations compare by identifier,
 * embeddables by their fields.
 */
final class HibernateChanges extends StateChanges {

    private static final Map<EntityPersister, Attributes> ATTRIBUTES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final EntityPersister persister;
    private final SharedSessionContractImplementor session;
    private final Object entity;
    private final Object[] oldState;
    private final Object[] newState;
    private final int[] dirty;

    /**
     * @param oldState the state before the save; {@code null} for an INSERT, or when Hibernate did not keep it
     * @param newState the state written; {@code null} to read the entity as it stands (pre phase)
     * @param dirty    the dirty properties Hibernate found for the write, or {@code null} to find them
     * @param session  the session, needed only to find the dirty properties
     */
    HibernateChanges(boolean created, EntityPersister persister, SharedSessionContractImplementor session,
            Object entity, Object[] oldState, Object[] newState, int[] dirty) {
        super(created);
        this.persister = persister;
        this.session = session;
        this.entity = entity;
        this.oldState = oldState;
        this.newState = newState;
        this.dirty = dirty;
    }

    /**
     * Whether the dirty properties of an UPDATE include some singular attribute: Hibernate also updates a
     * versioned entity when only its collections changed, which is a relation change, not a save.
     */
    static boolean changesAttributes(EntityPersister persister, int[] dirty) {
        Attributes attributes = attributes(persister);
        for (int index : dirty) {
            if (attributes.singular[index]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an element collection of the entity changes: not a relation, so the update is a save even when no
     * singular attribute changed. A collection is changed when dirty, or new (a replaced one, not loaded yet).
     */
    static boolean changesElementCollection(EntityPersister persister, Object entity,
            SharedSessionContractImplementor session) {
        for (int index : attributes(persister).elementCollections) {
            Object value = persister.getValue(entity, index);
            if (value instanceof PersistentCollection<?> collection) {
                CollectionEntry entry = session.getPersistenceContextInternal().getCollectionEntry(collection);
                if (collection.isDirty() || entry != null && entry.getLoadedPersister() == null) {
                    return true;
                }
            } else if (value != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> attributes() {
        return attributes(persister).names;
    }

    @Override
    protected Object readNew(String attribute) {
        int index = attributes(persister).index.get(attribute);
        return newState != null ? newState[index] : persister.getValue(entity, index);
    }

    @Override
    protected Object readOld(String attribute) {
        requireOldState();
        return oldState[attributes(persister).index.get(attribute)];
    }

    @Override
    protected Set<String> findChanged() {
        requireOldState();
        Object[] current = newState != null ? newState : persister.getValues(entity);
        int[] found = dirty != null ? dirty : persister.findDirty(current, oldState, entity, session);
        Attributes attributes = attributes(persister);
        Set<String> changed = new TreeSet<>();
        if (found != null) {
            for (int index : found) {
                if (attributes.singular[index]) {
                    changed.add(persister.getPropertyNames()[index]);
                }
            }
        }
        return changed;
    }

    private void requireOldState() {
        if (oldState == null) {
            throw oldStateUnknown(persister.getEntityName());
        }
    }

    private static Attributes attributes(EntityPersister persister) {
        return ATTRIBUTES.computeIfAbsent(persister, Attributes::new);
    }

    /** The singular attributes of an entity type, by property index; the version is left out. */
    private static final class Attributes {
        final Set<String> names;
        final Map<String, Integer> index = new HashMap<>();
        final boolean[] singular;
        final int[] elementCollections;

        Attributes(EntityPersister persister) {
            String[] properties = persister.getPropertyNames();
            Type[] types = persister.getPropertyTypes();
            singular = new boolean[properties.length];
            Set<String> sorted = new TreeSet<>();
            List<Integer> elements = new ArrayList<>();
            for (int i = 0; i < properties.length; i++) {
                if (types[i] instanceof CollectionType collection) {
                    CollectionPersister role = persister.getFactory().getMappingMetamodel()
                            .getCollectionDescriptor(collection.getRole());
                    if (!role.isManyToMany() && !role.isOneToMany()) {
                        elements.add(i);
                    }
                } else if (!(persister.isVersioned() && i == persister.getVersionProperty())) {
                    singular[i] = true;
                    index.put(properties[i], i);
                    sorted.add(properties[i]);
                }
            }
            names = Collections.unmodifiableSet(sorted);
            elementCollections = elements.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}

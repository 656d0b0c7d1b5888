package org.entitysignals.internal.eclipselink;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.mappings.DatabaseMapping;

/** The mappings of an EclipseLink descriptor, as "what changed" and relation signals need them. */
final class Mappings {

    /** Kept on the descriptor itself, so that it goes with its session (a map of descriptors would keep them). */
    private static final String PROPERTY = Mappings.class.getName();

    /** The singular attributes but the identifier and the version, sorted by name. */
    final Map<String, DatabaseMapping> singular;
    /** The collection-valued relations EclipseLink writes: owning many-to-many and unidirectional one-to-many. */
    final List<DatabaseMapping> relations;
    /** The element collections: not relations, so a change to one is a save. */
    final Set<String> elementCollections;

    private Mappings(ClassDescriptor descriptor) {
        DatabaseMapping version = descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy policy
                ? policy.getVersionMapping() : null;
        Map<String, DatabaseMapping> found = new TreeMap<>();
        List<DatabaseMapping> written = new java.util.ArrayList<>();
        Set<String> elements = new java.util.HashSet<>();
        for (DatabaseMapping mapping : all(descriptor)) {
            if (mapping.isDirectCollectionMapping() || mapping.isAggregateCollectionMapping()) {
                elements.add(mapping.getAttributeName());
            } else if (mapping.isCollectionMapping()) {
                if (writesRelation(mapping)) {
                    written.add(mapping);
                }
            } else if (!mapping.isPrimaryKeyMapping() && mapping != version) {
                found.put(mapping.getAttributeName(), mapping);
            }
        }
        singular = Collections.unmodifiableMap(found);
        relations = List.copyOf(written);
        elementCollections = Set.copyOf(elements);
    }

    static Mappings of(ClassDescriptor descriptor) {
        if (descriptor.getProperty(PROPERTY) instanceof Mappings known) {
            return known;
        }
        Mappings mappings = new Mappings(descriptor);
        descriptor.setProperty(PROPERTY, mappings);
        return mappings;
    }

    Set<String> names() {
        return singular.keySet();
    }

    /** An owning many-to-many (the inverse side is read-only) or a unidirectional one-to-many. */
    static boolean writesRelation(DatabaseMapping mapping) {
        return mapping.isManyToManyMapping() && !mapping.isReadOnly() || mapping.isUnidirectionalOneToManyMapping();
    }

    /**
     * {@code ClassDescriptor.getMappings()} returns a {@code Vector} in EclipseLink 4 and a {@code List} in 5: a
     * direct call compiled against one fails with {@code NoSuchMethodError} on the other. Called once per
     * descriptor.
     */
    @SuppressWarnings("unchecked")
    static Collection<DatabaseMapping> all(ClassDescriptor descriptor) {
        try {
            Method getMappings = ClassDescriptor.class.getMethod("getMappings");
            return (Collection<DatabaseMapping>) getMappings.invoke(descriptor);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("unsupported EclipseLink version", e);
        }
    }
}

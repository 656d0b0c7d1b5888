package org.entitysignals.model;

import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;

/** The JPA static metamodel of {@link NamedEntity}. */
@StaticMetamodel(NamedEntity.class)
public abstract class NamedEntity_ {

    public static volatile SingularAttribute<NamedEntity, Long> id;
    public static volatile SingularAttribute<NamedEntity, String> name;
}

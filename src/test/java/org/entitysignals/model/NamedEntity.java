package org.entitysignals.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Generated id and a name: what most test entities need. The ids come from a database sequence that hands out 20 at
 * a time (the providers' pooled optimizer / preallocation): inserted at flush, and batched where batching is on;
 * Person and Membership have IDENTITY ids instead.
 */
@MappedSuperclass
public abstract class NamedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "named_entity")
    @SequenceGenerator(name = "named_entity", sequenceName = "NAMED_ENTITY_SEQ", allocationSize = 20)
    private Long id;

    private String name;

    protected NamedEntity() {
    }

    protected NamedEntity(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + name;
    }
}

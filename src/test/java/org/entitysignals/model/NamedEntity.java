package org.entitysignals.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Generated id and a name: what most test entities need. */
@MappedSuperclass
public abstract class NamedEntity {

    @Id
    @GeneratedValue
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

package org.entitysignals.model;

import jakarta.persistence.Entity;

@Entity
public class Author extends NamedEntity {

    protected Author() {
    }

    public Author(String name) {
        super(name);
    }
}

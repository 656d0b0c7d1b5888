package org.entitysignals.model;

import jakarta.persistence.Entity;

@Entity
public class Book extends NamedEntity {

    protected Book() {
    }

    public Book(String name) {
        super(name);
    }
}

package org.entitysignals.model;

import jakarta.persistence.Entity;

@Entity
public class Admin extends Person {

    protected Admin() {
    }

    public Admin(String name) {
        super(name);
    }
}

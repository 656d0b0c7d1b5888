package org.entitysignals.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A row a receiver creates for a new Person (IDENTITY ids, like Person). */
@Entity
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Person person;

    protected Membership() {
    }

    public Membership(Person person) {
        this.person = person;
    }

    public Person getPerson() {
        return person;
    }
}

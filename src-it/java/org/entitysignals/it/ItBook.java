package org.entitysignals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class ItBook {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    protected ItBook() {
    }

    public ItBook(String name) {
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
}

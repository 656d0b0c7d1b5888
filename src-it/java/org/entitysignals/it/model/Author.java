package org.entitysignals.it.model;

import jakarta.persistence.*;

@Entity
public class Author {
    @Id @GeneratedValue Long id;
    String name;
    protected Author() { }
    public Author(String name) { this.name = name; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}

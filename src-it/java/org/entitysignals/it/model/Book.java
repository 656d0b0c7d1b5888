package org.entitysignals.it.model;

import jakarta.persistence.*;

@Entity
public class Book {
    @Id @GeneratedValue Long id;
    String title;
    protected Book() { }
    public Book(String title) { this.title = title; }
    public Long getId() { return id; }
    public String getTitle() { return title; }
}

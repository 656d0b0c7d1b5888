package org.entitysignals.docs.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The docs' user: a name and an email. */
@Entity
@Table(name = "docs_user")
public class User {

    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private String email;

    protected User() {
    }

    public User(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

package org.entitysignals.quickstart;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

// tag::entity[]
@Entity
@Table(name = "users")                          // USER is a reserved word in SQL
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
// end::entity[]

package org.entitysignals.demo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The tutorial's User. H2 reserves the table name USER, hence APP_USER. */
@Entity
@Table(name = "APP_USER")
public class AppUser {

    @Id
    @GeneratedValue
    private Long id;

    private String username;

    private String email;

    protected AppUser() {
    }

    public AppUser(String username) {
        this.username = username;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

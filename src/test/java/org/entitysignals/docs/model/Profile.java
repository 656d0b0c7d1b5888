package org.entitysignals.docs.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The docs' profile of a user. */
@Entity
@Table(name = "docs_profile")
public class Profile {

    @Id
    @GeneratedValue
    private Long id;

    @OneToOne
    private User user;

    protected Profile() {
    }

    public Profile(User user) {
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}

package org.entitysignals.demo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** One per user, created by a receiver when the user is created. */
@Entity
public class Profile {

    @Id
    @GeneratedValue
    private Long id;

    @OneToOne(optional = false)
    private AppUser user;

    private String bio = "";

    protected Profile() {
    }

    public Profile(AppUser user) {
        this.user = user;
    }

    public AppUser getUser() {
        return user;
    }

    @Override
    public String toString() {
        return user.getUsername() + " Profile";
    }
}

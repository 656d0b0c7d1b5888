package org.entitysignals.quickstart;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The quick start's second entity: a profile per user. */
@Entity
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

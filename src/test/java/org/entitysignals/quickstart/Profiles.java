package org.entitysignals.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;

// tag::receiver[]
@ApplicationScoped
public class Profiles {

    @Inject
    EntityManager em;

    void createProfile(@Observes @PostSave(User.class) SaveEvent<User> event) {
        if (event.created()) {                          // an INSERT, not an UPDATE
            em.persist(new Profile(event.entity()));    // same transaction: both rows commit, or neither
            System.out.println("Profile created for " + event.entity().getName());
        }
    }
}
// end::receiver[]

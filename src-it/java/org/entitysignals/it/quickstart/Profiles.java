package org.entitysignals.it.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.quickstart.Profile;
import org.entitysignals.quickstart.User;

// tag::receiver[]
@ApplicationScoped
public class Profiles {

    @PersistenceContext                         // the server's EntityManager, joined to the current JTA transaction
    EntityManager em;

    void createProfile(@Observes @PostSave(User.class) SaveEvent<User> event) {
        if (event.created()) {
            em.persist(new Profile(event.entity()));    // same transaction: both rows commit, or neither
        }
    }
}
// end::receiver[]

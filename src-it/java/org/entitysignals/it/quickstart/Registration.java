package org.entitysignals.it.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.entitysignals.quickstart.User;

// tag::service[]
@ApplicationScoped
@Transactional
public class Registration {

    @PersistenceContext
    EntityManager em;

    public User register(String name) {
        User user = new User(name);
        em.persist(user);                       // at commit: INSERT user, createProfile, INSERT profile, COMMIT
        return user;
    }

    public long profilesOf(String name) {
        return em.createQuery("select count(p) from Profile p where p.user.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult();
    }
}
// end::service[]

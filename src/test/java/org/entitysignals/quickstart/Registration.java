package org.entitysignals.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

// tag::service[]
@ApplicationScoped
public class Registration {

    @Inject
    EntityManager em;

    @ActivateRequestContext                     // a request context (and so an EntityManager) for this call
    public User register(String name) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            User user = new User(name);
            em.persist(user);
            tx.commit();                        // the flush writes the user; createProfile runs; both commit
            return user;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
        }
    }

    @ActivateRequestContext
    public long profilesOf(String name) {
        return em.createQuery("select count(p) from Profile p where p.user.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult();
    }
}
// end::service[]

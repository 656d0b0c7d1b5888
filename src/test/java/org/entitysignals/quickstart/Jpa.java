package org.entitysignals.quickstart;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

// tag::producer[]
@ApplicationScoped
public class Jpa {

    private final EntityManagerFactory factory = Persistence.createEntityManagerFactory("quickstart");

    @Produces
    @RequestScoped                              // one EntityManager per unit of work, shared by service and receivers
    EntityManager entityManager() {
        return factory.createEntityManager();
    }

    void close(@Disposes EntityManager em) {
        em.close();
    }

    @PreDestroy
    void shutdown() {
        factory.close();
    }
}
// end::producer[]

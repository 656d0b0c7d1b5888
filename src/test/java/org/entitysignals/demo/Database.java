package org.entitysignals.demo;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.entitysignals.support.FreshDatabase;

/**
 * The school database through EclipseLink, one EntityManager per request (unit of work): in-memory H2, or PostgreSQL
 * when the tests run there ({@link FreshDatabase}).
 */
@ApplicationScoped
public class Database {

    private final FreshDatabase database = FreshDatabase.create("school");
    private final EntityManagerFactory factory = Persistence.createEntityManagerFactory("school",
            database.properties());

    @Produces
    @RequestScoped
    EntityManager entityManager() {
        return factory.createEntityManager();
    }

    void close(@Disposes EntityManager em) {
        em.close();
    }

    @PreDestroy
    void shutdown() {
        try {
            factory.close();
        } finally {
            database.close();
        }
    }
}

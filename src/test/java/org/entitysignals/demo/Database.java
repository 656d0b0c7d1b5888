package org.entitysignals.demo;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;

/** The school database: in-memory H2 through EclipseLink, one EntityManager per request (unit of work). */
@ApplicationScoped
public class Database {

    private final EntityManagerFactory factory = Persistence.createEntityManagerFactory("school",
            Map.of("jakarta.persistence.jdbc.url", "jdbc:h2:mem:school;DB_CLOSE_DELAY=-1"));

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
        factory.close();
    }
}

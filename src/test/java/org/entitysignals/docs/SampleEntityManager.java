package org.entitysignals.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

/** Satisfies the samples' {@code @Inject EntityManager} when they deploy without a database: never called. */
@ApplicationScoped
class SampleEntityManager {

    @Produces
    @RequestScoped
    EntityManager entityManager() {
        throw new UnsupportedOperationException("the docs' samples are deployed, not run");
    }
}

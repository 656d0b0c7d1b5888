package org.entitysignals.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the container-managed EntityManager injectable with @Inject, as receivers in the README use it. */
@ApplicationScoped
public class Resources {
    @Produces @PersistenceContext(unitName = "main")
    EntityManager em;
}

package org.entitysignals.it.testkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.entitysignals.it.model.Author;

@ApplicationScoped
@Transactional
public class SignalRecorderITService {
    @PersistenceContext(unitName = "testkit") EntityManager em;

    public void create(String name) {
        em.persist(new Author(name));
    }
}

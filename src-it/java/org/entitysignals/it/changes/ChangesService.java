package org.entitysignals.it.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Each call is one container-managed JTA transaction. */
@ApplicationScoped
public class ChangesService {

    @PersistenceContext(unitName = "main")
    EntityManager em;

    @Transactional
    public <T> T call(Function<EntityManager, T> work) {
        return work.apply(em);
    }

    @Transactional
    public void run(Consumer<EntityManager> work) {
        work.accept(em);
    }
}

package org.entitysignals.it.jfr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.it.model.Author;

@ApplicationScoped
@Transactional
public class FlightRecorderITService {
    @PersistenceContext(unitName = "jfr")
    EntityManager em;

    public void create(String name) {
        em.persist(new Author(name));
    }

    void saved(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
        // a receiver, so that the save is delivered
    }
}
